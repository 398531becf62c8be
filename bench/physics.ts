/**
 * Physics benchmarks: SSKP/TKP evaluations per second (CPU time, median) by the scalar reference path
 * (`lethalRadiusM` → `sskp` → `terminalKillProbability`, the per-pair path the engine uses) and by `sskpBatch`, on
 * one million weapon–target pairs: "runs" (12 weapon classes × 16 hardness classes laid out in blocks, so yield and
 * hardness come in runs of equal values) and "distinct" (every pair different, the worst case for any reuse).
 * `sskpBatch` is timed as callers get it (`auto`: the WebAssembly SIMD kernel where the runtime has it) and on each
 * engine: `js` (the pure JavaScript path, what runs without WebAssembly SIMD) and `wasm`.
 *
 * Peer comparison: set `SECEQ_PEER_MISSILE_DEFENSE=/path/to/calculations.js` (jimjkelly/missile-defense,
 * src/js/calculations.js, an ES module exporting `OffensiveLayer`) to time its TKP path on the same pairs in this
 * process, and to check that it agrees with `sskpBatch` under the `cube-root-2.62` model it implements. Skipped with a
 * message when the variable is unset or the file is absent; the peer's code is not part of this repository.
 */
import { existsSync, readFileSync } from "node:fs";
import {
  lethalRadiusM,
  sskp,
  sskpBatch,
  terminalKillProbability,
  uniformRng,
  type SskpBatchEngine,
  type SskpBatchInput,
} from "@seceq/core";
import { medianCpuMs } from "./cpu-time.js";

const N = 1_000_000;

function pairs(kind: "runs" | "distinct"): SskpBatchInput {
  const u = uniformRng(kind === "runs" ? 11 : 12);
  const yieldKt = new Float64Array(N);
  const cepM = new Float64Array(N);
  const hardnessPsi = new Float64Array(N);
  const reliability = new Float64Array(N);
  const weapons = Array.from({ length: 12 }, () => ({
    y: 10 ** (1 + u() * 3),
    cep: 50 + u() * 400,
    r: 0.7 + 0.3 * u(),
  }));
  const hard = Array.from({ length: 16 }, () => 10 ** (2 + u() * 2));
  for (let i = 0; i < N; i++) {
    if (kind === "runs") {
      // Weapon-major runs: one weapon class against every target class, then the next weapon class.
      const w = weapons[Math.floor(i / (N / weapons.length))]!;
      yieldKt[i] = w.y;
      cepM[i] = w.cep;
      reliability[i] = w.r;
      hardnessPsi[i] = hard[Math.floor(i / (N / weapons.length / hard.length)) % hard.length]!;
    } else {
      yieldKt[i] = 10 ** (1 + u() * 3);
      cepM[i] = 50 + u() * 400;
      reliability[i] = 0.7 + 0.3 * u();
      hardnessPsi[i] = 10 ** (2 + u() * 2);
    }
  }
  return { yieldKt, cepM, hardnessPsi, reliability };
}

/** A tiny valid batch of n pairs (to probe the engines). */
function pairsOf(n: number): SskpBatchInput {
  const one = (v: number) => new Float64Array(n).fill(v);
  return { yieldKt: one(300), cepM: one(120), hardnessPsi: one(2000), reliability: one(0.8) };
}

interface PeerModule {
  OffensiveLayer: (
    layer: { type: string; yield: number; cep: number; reliability: number },
    hardness: number,
  ) => number;
}

async function loadPeer(): Promise<PeerModule | string> {
  const path = process.env["SECEQ_PEER_MISSILE_DEFENSE"];
  if (!path) return "skipped: set SECEQ_PEER_MISSILE_DEFENSE=/path/to/missile-defense/src/js/calculations.js";
  if (!existsSync(path)) return `skipped: SECEQ_PEER_MISSILE_DEFENSE=${path} does not exist`;
  // A data: URL loads the file as an ES module wherever it lies (no package.json "type" needed next to it).
  const url = `data:text/javascript;base64,${readFileSync(path).toString("base64")}`;
  const mod = (await import(url)) as Partial<PeerModule>;
  if (typeof mod.OffensiveLayer !== "function") return `skipped: ${path} does not export OffensiveLayer`;
  return mod as PeerModule;
}

/** Run the physics benchmarks; returns figures keyed by name (M evaluations per CPU second, and checks). */
export async function benchPhysics(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const sskpOut = new Float64Array(N);
  const tkpOut = new Float64Array(N);
  let sink = 0;
  const peer = await loadPeer();
  let wasm = true;
  try {
    sskpBatch("brown-1976", pairsOf(2), { sskp: new Float64Array(2) }, { engine: "wasm" });
  } catch {
    wasm = false;
    process.stderr.write("bench physics: no WebAssembly SIMD here; sskpBatch runs its JavaScript path\n");
  }
  out["sskpBatch WebAssembly SIMD kernel available (1/0)"] = wasm ? 1 : 0;
  if (typeof peer === "string") process.stderr.write(`bench physics: peer missile-defense ${peer}\n`);
  for (const kind of ["runs", "distinct"] as const) {
    const p = pairs(kind);
    const perSec = (ms: number) => N / ms / 1000; // M/s
    const scalar = medianCpuMs(
      () => {
        for (let i = 0; i < N; i++)
          sink += terminalKillProbability(
            sskp(lethalRadiusM("brown-1976", p.yieldKt[i]!, p.hardnessPsi[i]!), p.cepM[i]!),
            p.reliability[i]!,
          );
      },
      1,
      3,
    );
    out[`SSKP+TKP scalar reference, ${kind} M/s`] = perSec(scalar);
    const timeBatch = (model: "brown-1976" | "cube-root-2.62", engine: SskpBatchEngine) =>
      medianCpuMs(() => void sskpBatch(model, p, { sskp: sskpOut, tkp: tkpOut }, { engine }), 1, 5);
    const batch = timeBatch("brown-1976", "auto");
    out[`SSKP+TKP sskpBatch, ${kind} M/s`] = perSec(batch);
    out[`sskpBatch speed-up over scalar, ${kind} ×`] = scalar / batch;
    out[`sskpBatch engine js, ${kind} M/s`] = perSec(timeBatch("brown-1976", "js"));
    if (wasm) out[`sskpBatch engine wasm, ${kind} M/s`] = perSec(timeBatch("brown-1976", "wasm"));
    if (typeof peer !== "string") {
      const layer = { type: "ground-burst", yield: 0, cep: 0, reliability: 0 };
      const peerMs = medianCpuMs(
        () => {
          for (let i = 0; i < N; i++) {
            layer.yield = p.yieldKt[i]!;
            layer.cep = p.cepM[i]!;
            layer.reliability = p.reliability[i]!;
            sink += peer.OffensiveLayer(layer, p.hardnessPsi[i]!);
          }
        },
        1,
        3,
      );
      out[`peer missile-defense OffensiveLayer, ${kind} M/s`] = perSec(peerMs);
      const cube = timeBatch("cube-root-2.62", "auto");
      out[`sskpBatch cube-root-2.62 (peer's model), ${kind} M/s`] = perSec(cube);
      out[`sskpBatch cube-root-2.62 / peer, ${kind} ×`] = peerMs / cube;
      let maxDiff = 0;
      for (let i = 0; i < N; i += 97) {
        layer.yield = p.yieldKt[i]!;
        layer.cep = p.cepM[i]!;
        layer.reliability = p.reliability[i]!;
        maxDiff = Math.max(maxDiff, Math.abs(peer.OffensiveLayer(layer, p.hardnessPsi[i]!) - tkpOut[i]!));
      }
      out[`max |TKP − peer TKP|, ${kind} (×1e12)`] = maxDiff * 1e12;
    }
  }
  if (sink === 42) process.stderr.write("");
  return out;
}
