import { serveStatic, launchChromium } from "./harness.js";
const srv = await serveStatic("/tmp/seceq-prof");
const b = await launchChromium();
const page = await b.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(srv.url);
await page.waitForSelector("[data-run-id]", { timeout: 20000 });
await page.waitForFunction(() => !document.querySelector("[data-testid=results] .spinner"), undefined, { timeout: 30_000 });
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
const res = await page.evaluate(async () => {
  const slider = document.querySelector<HTMLInputElement>('input[type="range"][data-key$="launchers-deployed"]')!;
  const results = document.querySelector<HTMLElement>("[data-testid=results]")!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
  const out = [];
  for (let i = 0; i < 40; i++) {
    const before = results.dataset.runId;
    const t0 = performance.now();
    setValue.call(slider, String(i % 2 ? 200 : 199));
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    const t1 = performance.now();
    while (results.dataset.runId === before) await new Promise((r) => setTimeout(r, 0));
    out.push([t1 - t0, performance.now() - t0]);
  }
  return out;
});
const { profile } = await cdp.send("Profiler.stop");
console.log(JSON.stringify(res.map(r => r.map(x => Math.round(x)))));
const nodes = new Map(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes as any[]) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = profile.timeDeltas!;
const incl = new Map<string, number>(); const self = new Map<string, number>();
profile.samples!.forEach((id: number, i: number) => {
  const d = dt[i] ?? 0; const seen = new Set<string>(); let cur: number | undefined = id; let first = true;
  while (cur !== undefined) { const n: any = nodes.get(cur); const k = n.callFrame.functionName || "(anon)"; if (first) { self.set(k, (self.get(k) ?? 0) + d); first = false; } if (!seen.has(k)) { incl.set(k, (incl.get(k) ?? 0) + d); seen.add(k); } cur = parent.get(cur); }
});
const pick = ["drawdownChart", "damageChart", "crisisChart", "performWorkOnRoot", "renderRootSync", "commitRoot", "flushSyncWorkAcrossRoots_impl", "postureEditorVm", "dispatchEvent", "plot", "(program)", "(garbage collector)", "(idle)", "stabilityCards", "onmessage", "postMessage", "replaceChildren", "commitLayoutEffects", "commitMutationEffects"];
console.log(pick.map((k) => `${k}: ${((incl.get(k) ?? 0) / 1000).toFixed(0)}ms`).join("\n"));
await b.close(); await srv.close();
