import { benchSweep } from "./sweep.ts";
console.log(await benchSweep());
