import { connect } from "node:net";
import { startServer } from "../src/server.js";
const s = await startServer({ port: 0, dbPath: ":memory:", workers: "inline" });
await new Promise<void>((resolve) => {
  const sock = connect(s.port, "127.0.0.1", () => {
    sock.write("POST /api/evaluate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5242880\r\n\r\n{}");
  });
  let data = "";
  sock.on("data", (d) => (data += d));
  sock.on("close", () => { console.log("closed; got:", JSON.stringify(data)); resolve(); });
  sock.on("error", (e) => console.log("err", e.message));
  setTimeout(() => { console.log("after 2s got:", JSON.stringify(data)); sock.destroy(); }, 2000);
});
await s.close();
