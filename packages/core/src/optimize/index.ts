export * from "./nelder-mead.js";
