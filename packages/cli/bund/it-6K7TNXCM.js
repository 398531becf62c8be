import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  table
} from "./chunk-4LN6R5KY.js";
import "./chunk-SN3MUZB2.js";
export {
  table
};
