import { serveStatic, launchChromium } from "./harness.js";
const srv = await serveStatic("/tmp/seceq-prof");
const b = await launchChromium();
const page = await b.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(srv.url);
await page.waitForSelector("[data-run-id]", { timeout: 20000 });
await page.waitForTimeout(4000);
console.log("nodes", await page.evaluate(() => document.getElementsByTagName("*").length));
await b.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
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
const buf = await b.stopTracing();
console.log(JSON.stringify(res.map(r => r.map(x => Math.round(x)))));
const ev = JSON.parse(buf.toString()).traceEvents as any[];
const agg = new Map<string, [number, number]>();
for (const e of ev) if (e.ph === "X" && e.dur) { const k = `${e.name}@${e.tid}`; const a = agg.get(k) ?? [0, 0]; a[0] += e.dur; a[1]++; agg.set(k, a); }
const main = ev.filter((e) => e.ph === "X" && e.name === "HandlePostMessage");
const mainTid = main.sort((a, b) => b.dur - a.dur)[0]?.tid;
const windows = ev.filter((e) => e.ph === "X" && e.name === "HandlePostMessage" && e.tid !== undefined);
for (const tid of new Set(windows.map((w) => w.tid))) {
  const ws = windows.filter((w) => w.tid === tid);
  const inner = new Map<string, number>();
  for (const e of ev) if (e.ph === "X" && e.tid === tid && e.dur && e.name !== "HandlePostMessage" && ws.some((w) => e.ts >= w.ts && e.ts + e.dur <= w.ts + w.dur)) inner.set(e.name, (inner.get(e.name) ?? 0) + e.dur);
  console.log("tid", tid, "durs", ws.map((w) => Math.round(w.dur / 1000)).join(","));
  console.log([...inner].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, d]) => `  ${(d / 1000).toFixed(0)}ms ${k}`).join("\n"));
}
console.log([...agg].sort((a, b) => b[1][0] - a[1][0]).slice(0, 25).map(([k, [d, n]]) => `${(d / 1000).toFixed(0)}ms x${n} ${k}`).join("\n"));
await b.close(); await srv.close();
