import { serveStatic, launchChromium } from "./harness.js";
const srv = await serveStatic("/tmp/seceq-prof");
const b = await launchChromium();
const page = await b.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(srv.url);
await page.waitForSelector("[data-run-id]", { timeout: 20000 });
await page.waitForTimeout(4000);
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
await cdp.send("Profiler.start");
const res = await page.evaluate(async () => {
  const slider = document.querySelector<HTMLInputElement>('input[type="range"][data-key$="launchers-deployed"]')!;
  const results = document.querySelector<HTMLElement>("[data-testid=results]")!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
  const out = [];
  for (let i = 0; i < 20; i++) {
    const before = results.dataset.runId;
    const t0 = performance.now();
    setValue.call(slider, String(i % 2 ? 200 : 199));
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    const t1 = performance.now();
    while (results.dataset.runId === before) await new Promise((r) => setTimeout(r, 1));
    out.push([t1 - t0, performance.now() - t0]);
  }
  return out;
});
const { profile } = await cdp.send("Profiler.stop");
console.log(JSON.stringify(res.map(r => r.map(x => Math.round(x)))));
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map<number, number>();
profile.samples.forEach((id: number, i: number) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, t] of counts) { const n: any = byId.get(id); const k = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + t); }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, t]) => `${(t / 1000).toFixed(0)}ms ${k}`).join("\n"));
await b.close(); await srv.close();
