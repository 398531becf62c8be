import { serveStatic, launchChromium } from "./harness.js";
const srv = await serveStatic("/tmp/seceq-prof");
const b = await launchChromium();
const page = await b.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(srv.url);
await page.waitForSelector("[data-run-id]", { timeout: 20000 });
await page.waitForTimeout(3000);
console.log(await page.evaluate(async () => {
  const lat: number[] = [];
  for (let i = 0; i < 30; i++) { const t = performance.now(); await new Promise((r) => setTimeout(r, 0)); lat.push(Math.round((performance.now() - t) * 10) / 10); }
  const raf: number[] = [];
  for (let i = 0; i < 10; i++) { const t = performance.now(); await new Promise((r) => requestAnimationFrame(r)); raf.push(Math.round(performance.now() - t)); }
  const mc = new MessageChannel(); const ml: number[] = [];
  for (let i = 0; i < 10; i++) { const t = performance.now(); await new Promise((r) => { mc.port1.onmessage = r; mc.port2.postMessage(0); }); ml.push(Math.round((performance.now() - t) * 10) / 10); }
  return { vis: document.visibilityState, hasFocus: document.hasFocus(), lat, raf, ml };
}));
await b.close(); await srv.close();
