import { benchSliderLatency } from "../../../../bench/web-slider.js";
console.log(await benchSliderLatency({ distDir: "/work/main/packages/web/dist" }));
