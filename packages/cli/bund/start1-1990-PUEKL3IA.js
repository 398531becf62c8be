import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  START1_1990,
  SU_1990,
  US_1990
} from "./chunk-QSAFBHGA.js";
import "./chunk-L7JI5VNB.js";
import "./chunk-NQBOJXVP.js";
import "./chunk-SN3MUZB2.js";
export {
  START1_1990,
  SU_1990,
  US_1990
};
