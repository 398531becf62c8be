import { z } from "zod";
import { apiRegistry } from "../src/api-schemas.js";
const out = z.toJSONSchema(apiRegistry, { target: "draft-2020-12", io: "input", uri: (id) => `#/components/schemas/${id}` });
console.log(Object.keys(out.schemas));
console.log(JSON.stringify(out.schemas.EvaluateRequest, null, 1).slice(0, 1500));
console.log(JSON.stringify(out.schemas.SavedScenario).slice(0, 600));
console.log(JSON.stringify(out.schemas.Scenario).slice(0, 300));
