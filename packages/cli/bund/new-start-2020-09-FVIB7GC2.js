import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);
import {
  NEW_START_2020_09,
  RU_2020,
  RU_BOMBER_SHARE_2020,
  RU_DOWNLOAD_2020,
  US_2020,
  US_SLBM_RVS_2020,
  US_W76_1_LOAD_2020
} from "./chunk-AFHUO6GM.js";
import "./chunk-F53KMMGD.js";
import "./chunk-L7JI5VNB.js";
import "./chunk-NQBOJXVP.js";
import "./chunk-SN3MUZB2.js";
export {
  NEW_START_2020_09,
  RU_2020,
  RU_BOMBER_SHARE_2020,
  RU_DOWNLOAD_2020,
  US_2020,
  US_SLBM_RVS_2020,
  US_W76_1_LOAD_2020
};
