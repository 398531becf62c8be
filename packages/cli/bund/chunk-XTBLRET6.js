import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);

// packages/cli/dist/io/file-arg.js
import { existsSync } from "node:fs";
function isFileArg(arg) {
  return existsSync(arg) || /[./\\]/.test(arg);
}

export {
  isFileArg
};
