import { serveStatic, launchChromium } from "./harness.js";
const srv = await serveStatic(process.argv[2] ?? "/tmp/seceq-prof");
const b = await launchChromium();
const page = await b.newPage({ viewport: { width: 1280, height: 800 } });
await page.addInitScript(() => {
  const W = window.Worker;
  (window as any).__log = [];
  (window as any).Worker = class extends W {
    constructor(u: any, o: any) {
      super(u, o);
      const idx = (window as any).__wi = ((window as any).__wi ?? 0) + 1;
      this.addEventListener("message", (e: any) => (window as any).__log.push(["recv", e.data?.result?.kind, performance.now(), e.data?.result?.elapsedMs]));
    }
    postMessage(m: any, t?: any) { (window as any).__log.push(["send", (this as any).__idx, performance.now()]); return super.postMessage(m, t); }
  };
});
page.on("console", (m) => console.log(m.text()));
await page.goto(srv.url);
await page.waitForSelector("[data-run-id]", { timeout: 20000 });
await page.waitForFunction(() => !document.querySelector("[data-testid=results] .spinner"), undefined, { timeout: 30_000 });
const res = await page.evaluate(async () => {
  const slider = document.querySelector<HTMLInputElement>('input[type="range"][data-key$="launchers-deployed"]')!;
  const results = document.querySelector<HTMLElement>("[data-testid=results]")!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
  const out = [];
  const lt: any[] = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) lt.push(e); }).observe({ type: "long-animation-frame", buffered: false });
  for (let i = 0; i < 40; i++) {
    (window as any).__log = [];
    const before = results.dataset.runId;
    const t0 = performance.now();
    setValue.call(slider, String(i % 2 ? 200 : 199));
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    const t1 = performance.now();
    await new Promise<void>((resolve) => { const mo = new MutationObserver(() => { if (results.dataset.runId !== before) { mo.disconnect(); resolve(); } }); mo.observe(results, { attributes: true }); });
    const t3 = performance.now();
    const log = (window as any).__log;
    const send = log.find((l: any) => l[0] === "send"); const recv = log.find((l: any) => l[0] === "recv" && l[1] === "core");
    const lts = lt.splice(0).filter((e: any) => e.startTime + e.duration > t0).map((e: any) => `${Math.round(e.startTime - t0)}+${Math.round(e.duration)}[r${Math.round(e.renderStart ? e.startTime + e.duration - e.renderStart : 0)}s${Math.round(e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0)}:${e.scripts.map((x: any) => x.invoker + "=" + Math.round(x.duration)).join(";")}]`);

    (window as any).__sd = [];
    out.push({ input: t1 - t0, toSend: send ? send[2] - t0 : -1, worker: recv ? recv[3] : -1, transit: recv && send ? recv[2] - send[2] : -1, render: recv ? t3 - recv[2] : -1, total: t3 - t0, n: log.length });
  }
  return out;
});
const r = (k: string) => res.map((x: any) => Math.round(x[k])).join(",");
for (const k of ["input", "toSend", "worker", "transit", "render", "total", "n"]) console.log(k.padEnd(8), r(k));
await b.close(); await srv.close();
