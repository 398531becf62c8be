import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  CN_2026,
  US_RUSSIA_CHINA_2026
} from "./chunk-BTSYSKZD.js";
import "./chunk-KH3G6G5M.js";
import "./chunk-F53KMMGD.js";
import "./chunk-L7JI5VNB.js";
import "./chunk-NQBOJXVP.js";
import "./chunk-SN3MUZB2.js";
export {
  CN_2026,
  US_RUSSIA_CHINA_2026
};
