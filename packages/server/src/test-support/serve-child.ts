/**
 * A server in its own process, for load tests: the server's event loop then shares nothing with the test's client
 * (its garbage, its timers). Prints the base URL on stdout once listening; stops on SIGTERM or when stdin closes.
 * Arguments: database path, engine threads, time limit per operation (ms).
 */
import { startServer } from "../server.js";

const [dbPath, threads, timeoutMs] = process.argv.slice(2);
const server = await startServer({
  port: 0,
  dbPath: dbPath!,
  workers: { size: Number(threads ?? 1), timeoutMs: Number(timeoutMs ?? 20_000) },
  log: () => undefined,
});
process.stdout.write(`${server.url}\n`);
const stop = () => void server.close().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.stdin.on("end", stop);
process.stdin.resume();
