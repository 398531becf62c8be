import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  UserError
} from "./chunk-JU4YVSTT.js";
import {
  integerBounds
} from "./chunk-GM5MLEME.js";

// packages/cli/dist/io/options.js
function parseIntOption(name, text, min, max) {
  const v = Number(text);
  if (!/^[-+]?\d+$/.test(text.trim()) || !Number.isSafeInteger(v) || v < min || v > max)
    throw new UserError(`${name} must be a whole number between ${min} and ${max}, got "${text}"`);
  return v;
}
function parseDomainOption(name, text, domain) {
  const { min, max } = integerBounds(domain);
  return parseIntOption(name, text, min, max);
}

export {
  parseIntOption,
  parseDomainOption
};
