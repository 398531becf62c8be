import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  table
} from "./chunk-VTZTK2HB.js";
import "./chunk-SN3MUZB2.js";
export {
  table
};
