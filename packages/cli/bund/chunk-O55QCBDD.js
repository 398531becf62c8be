import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  isPresetId,
  listPresets
} from "./chunk-VFJJYWYL.js";
import {
  UserError
} from "./chunk-JU4YVSTT.js";
import {
  closest
} from "./chunk-GM5MLEME.js";

// packages/cli/dist/io/preset-arg.js
function checkPresetId(id) {
  if (isPresetId(id))
    return;
  const ids = listPresets().map((p) => p.id);
  const guess = closest(id, ids);
  throw new UserError([
    {
      code: "unknown_preset",
      path: [],
      message: `unknown preset "${id}"; known: ${ids.join(", ")}`,
      ...guess ? { hint: `did you mean "${guess}"?` } : {}
    }
  ]);
}

export {
  checkPresetId
};
