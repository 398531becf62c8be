import { request } from "node:http";
import { startServer } from "../src/server.js";
const s = await startServer({ port: 0, dbPath: ":memory:", workers: "inline" });
for (const mode of ["chunked", "declared"]) {
  await new Promise<void>((resolve) => {
    const headers: Record<string, string> = mode === "chunked" ? { "content-type": "application/json", "transfer-encoding": "chunked" } : { "content-type": "application/json", "content-length": String(5 * 1024 * 1024) };
    const req = request({ host: "127.0.0.1", port: s.port, method: "POST", path: "/api/evaluate", headers }, (res) => {
      let b = ""; res.on("data", (c) => (b += c)); res.on("end", () => { console.log(mode, res.statusCode, b); resolve(); });
    });
    req.on("error", (e) => { console.log(mode, "error", e.message); resolve(); });
    if (mode === "chunked") for (let i = 0; i < 40; i++) req.write(Buffer.alloc(65536, 0x20)); else req.write("{}");
    req.end();
  });
}
const h = await fetch(s.url + "api/health"); console.log("alive", h.status);
await s.close();
