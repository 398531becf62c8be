import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  AS_OF_2026,
  RU_2026,
  RU_BOMBER_SHARE_2026,
  RU_ICBM_DOWNLOAD_2026,
  RU_LEGS_2026,
  RU_SLBM_DOWNLOAD_2026,
  US_2026,
  US_RUSSIA_2026
} from "./chunk-KH3G6G5M.js";
import "./chunk-F53KMMGD.js";
import "./chunk-L7JI5VNB.js";
import "./chunk-NQBOJXVP.js";
import "./chunk-SN3MUZB2.js";
export {
  AS_OF_2026,
  RU_2026,
  RU_BOMBER_SHARE_2026,
  RU_ICBM_DOWNLOAD_2026,
  RU_LEGS_2026,
  RU_SLBM_DOWNLOAD_2026,
  US_2026,
  US_RUSSIA_2026
};
