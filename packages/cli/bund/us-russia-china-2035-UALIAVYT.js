import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  CN_2035,
  CN_2035_SCALE,
  CN_2035_WARHEADS,
  DOD_CMPR_2022,
  US_RUSSIA_CHINA_2035
} from "./chunk-6N5FZQWW.js";
import "./chunk-BTSYSKZD.js";
import "./chunk-KH3G6G5M.js";
import "./chunk-F53KMMGD.js";
import "./chunk-L7JI5VNB.js";
import "./chunk-NQBOJXVP.js";
import "./chunk-SN3MUZB2.js";
export {
  CN_2035,
  CN_2035_SCALE,
  CN_2035_WARHEADS,
  DOD_CMPR_2022,
  US_RUSSIA_CHINA_2035
};
