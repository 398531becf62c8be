import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);

// packages/cli/dist/io/progress.js
import { createRequire } from "node:module";
var cliProgressLib;
function cliProgress() {
  return cliProgressLib ??= createRequire(import.meta.url)("cli-progress");
}
function progressBar(label, total) {
  const lib = cliProgress();
  const bar = new lib.SingleBar({
    format: `${label} [{bar}] {percentage}% | {value}/{total} | ETA {eta_formatted}`,
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 2e3,
    hideCursor: true
  }, lib.Presets.shades_classic);
  bar.start(total, 0);
  return { update: (d) => bar.update(d), stop: () => bar.stop() };
}
function withProgress(label, total, work) {
  if (total <= 0)
    return work(() => void 0);
  const bar = progressBar(label, total);
  try {
    return work((d) => bar.update(d));
  } finally {
    bar.stop();
  }
}

export {
  progressBar,
  withProgress
};
