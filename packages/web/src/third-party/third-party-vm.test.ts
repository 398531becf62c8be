import { test } from "node:test";
import assert from "node:assert/strict";
import { evaluate, parseScenario, type ExchangeResult, type Report, type ThirdPartyEffect } from "@seceq/core";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { thirdPartyVm } from "./third-party-vm.js";

const parties = [
  { id: "us", name: "United States" },
  { id: "ru", name: "Russia" },
  { id: "cn", name: "China" },
] as Report["parties"];

// The us-russia-china-2026 preset's US–Russia entry (engine figures, rounded).
const usRu: ThirdPartyEffect = {
  a: "us",
  b: "ru",
  thirdParties: ["cn"],
  withThird: 0.69603,
  withoutThird: 0.65912,
  holdBackOnly: 0.66039,
  shift: 0.03691,
  holdBackPart: 0.00127,
  vulnerabilityPart: 0.03565,
  holdBack: { us: 0.059326, ru: 0.0625 },
  vulnerability: { us: { c1: 0.19391, c2: 0.20869 }, ru: { c1: 0.19387, c2: 0.23916 } },
  explanation: "cn raises the us–ru index from 0.659 to 0.696 (+0.037): …",
};

test("three parties: China moves the US–Russia index, split into hold-back and post-exchange vulnerability", () => {
  const vm = thirdPartyVm({ parties, exchanges: [], thirdParty: [usRu] });
  assert.equal(vm.applies, true);
  const [p] = vm.pairs;
  assert.ok(p);
  assert.equal(p.label, "United States – Russia");
  assert.deepEqual(p.thirdNames, ["China"]);
  assert.equal(
    p.sentence,
    "China raises the United States – Russia index from 0.659 (the two alone) to 0.696 (+0.037).",
  );
  assert.deepEqual(p.details, [
    "Hold-back: United States keeps 5.9 % and Russia 6.3 % of its forces back to deter China, out of this pair's exchanges; that accounts for +0.001.",
    "Post-exchange vulnerability: after an exchange each side must still face China with what it has left, which adds to its costs — United States +0.194 if it strikes first (C1) and +0.209 if struck first (C2), Russia +0.194 and +0.239; that accounts for +0.036.",
  ]);
  assert.deepEqual(vm.pairTable.rows, [
    ["United States – Russia", "China", "0.659", "0.660", "0.696", "+0.037", "+0.001", "+0.036"],
  ]);
  assert.deepEqual(vm.sideTable.rows, [
    ["United States – Russia", "United States", "5.9 %", "+0.194", "+0.209"],
    ["United States – Russia", "Russia", "6.3 %", "+0.194", "+0.239"],
  ]);
  assert.deepEqual(vm.sideTable.raw[1], ["United States – Russia", "Russia", 0.0625, 0.19387, 0.23916]);
  assert.equal(p.engineText, usRu.explanation);
});

test("a pair lowered by two others reads in the plural; a flat one says so", () => {
  const four = [...parties, { id: "fr", name: "France" }] as Report["parties"];
  const down = { ...usRu, thirdParties: ["cn", "fr"], shift: -0.044, withThird: 0.615, withoutThird: 0.659 };
  const flat = { ...usRu, a: "ru", b: "cn", thirdParties: ["us", "fr"], shift: 0.0001, withThird: 0.6181 };
  const vm = thirdPartyVm({ parties: four, exchanges: [], thirdParty: [down, flat] });
  assert.equal(
    vm.pairs[0]!.sentence,
    "China and France lower the United States – Russia index from 0.659 (the two alone) to 0.615 (−0.044).",
  );
  assert.equal(
    vm.pairs[1]!.sentence,
    "United States and France leave the Russia – China index where the two alone would have it (0.618).",
  );
});

test("two parties: the section says why there is nothing, and names hold-back set by hand", () => {
  const report = evaluate(parseScenario(fixtureScenarioInput()), { sensitivities: false });
  assert.deepEqual(report.thirdParty, []);
  const vm = thirdPartyVm(report);
  assert.equal(vm.applies, false);
  assert.deepEqual(vm.pairs, []);
  assert.match(vm.note, /^This scenario has two parties: no one outside the pair/);
  assert.doesNotMatch(vm.note, /by hand/);
  const held = thirdPartyVm({
    parties: parties.slice(0, 2),
    exchanges: [
      { striker: "us", victim: "ru", holdBack: { striker: 0.2, victim: 0.1 } },
      { striker: "ru", victim: "us", holdBack: { striker: 0.1, victim: 0.2 } },
    ] as ExchangeResult[],
    thirdParty: [],
  });
  assert.match(
    held.note,
    /by hand \(the “Held back against third parties” lever\): United States 20\.0 % and Russia 10\.0 % of forces/,
  );
});
