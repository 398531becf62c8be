/**
 * A server in its own process for tests that need several servers on one database file or a hard kill: run with
 * `node --conditions=@seceq/source --import tsx serve-process.ts <db path>`. It binds 127.0.0.1 on a random port,
 * prints `listening <url>` on stdout, and stops on SIGTERM.
 */
import { startServer } from "../server.js";

const dbPath = process.argv[2];
if (!dbPath) {
  process.stderr.write("usage: serve-process.ts <db path>\n");
  process.exit(2);
}
const server = await startServer({ dbPath, port: 0, host: "127.0.0.1", workers: "inline", log: () => {} });
process.stdout.write(`listening ${server.url}\n`);
process.on("SIGTERM", () => {
  void server.close().then(() => process.exit(0));
});
