import { test } from "node:test";
import assert from "node:assert/strict";
import { provenanceSummary } from "./provenance-summary.js";

const c = (confidence: string) => ({ confidence });

test("the banner counts notional value models, warheads on notional forces and notional citations", () => {
  const doc = {
    parties: [
      {
        id: "a",
        name: "Alpha",
        forces: [
          { launchers: { deployed: 100 }, warheadsPerLauncher: 1, source: c("estimate") },
          {
            launchers: { deployed: 100 },
            warheadsPerLauncher: 3,
            source: c("published"),
            fieldSources: { cepM: c("notional") },
          },
          { nuclear: false, launchers: { deployed: 500 }, warheadsPerLauncher: 1, source: c("notional") },
        ],
        value: { source: c("notional") },
      },
      { id: "b", name: "Beta", forces: [], value: { source: c("estimate") } },
    ],
  };
  const sources = [c("notional"), c("estimate"), c("published"), c("notional")].map((x) => ({ ...x }));
  const s = provenanceSummary(doc, { sources: sources as never });
  assert.deepEqual(s.notionalValue, ["Alpha"]);
  assert.equal(s.notionalWarheadShare, 300 / 400, "conventional weapons do not count");
  assert.equal(s.notionalCitations, 2);
  assert.match(
    s.text,
    /the damage curve of Alpha .* is a notional placeholder; 75 % of deployed warheads .*; 2 of 4 cited numbers are notional/,
  );
});

test("a fully sourced scenario says so", () => {
  const s = provenanceSummary({ parties: [] }, { sources: [] });
  assert.equal(s.text, "None of the numbers behind these figures is notional.");
});
