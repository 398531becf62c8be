import { evaluate } from "@seceq/core";
import { getPreset } from "@seceq/data";
const s = getPreset("us-russia-2026");
for (let i = 0; i < 30; i++) evaluate(s, { sensitivities: false });
for (let i = 0; i < 600; i++) evaluate(s, { sensitivities: false });
