// `npm start`: build the web workbench and serve it with the HTTP API on the embedded default scenario and store.
// Until the web app exists, evaluate the default scenario in the terminal.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const run = (cmd, args) => spawnSync(cmd, args, { stdio: "inherit" }).status ?? 1;
const seceq = ["--conditions=@seceq/source", "--import", "tsx", "packages/cli/src/bin.ts"];
const hasWeb = existsSync("packages/web/index.html");
const hasServe = existsSync("packages/cli/src/commands/serve.ts");
if (hasWeb && hasServe) {
  const built = run("npm", ["run", "build:web", "--silent"]);
  if (built !== 0) process.exit(built);
  process.exit(run(process.execPath, [...seceq, "serve", ...process.argv.slice(2)]));
}
process.exit(run(process.execPath, [...seceq, "evaluate", ...process.argv.slice(2)]));
