// The workbench's view models label and look up parties, elements and negotiation ranges by id; ids that name
// Object.prototype members must read as absent or as themselves, never as a prototype function.
import { test } from "node:test";
import assert from "node:assert/strict";
import { crisisTimeline, evaluate, parseScenario, PROTOTYPE_KEYS } from "@seceq/core";
import { packCrisis, unpackCrisis } from "../engine/crisis-buffer.js";
import { fixtureScenarioInput } from "../test-support/fixture-scenario.js";
import { elementNameMap, partyNames, stabilityCards } from "./results-vm.js";
import { crisisVm } from "../crisis/crisis-vm.js";
import { negotiationForm, negotiationSpecInput } from "../explorer/negotiation-vm.js";

const renamed = JSON.parse(JSON.stringify(fixtureScenarioInput()).replace(/"red"/g, '"constructor"')) as ReturnType<
  typeof fixtureScenarioInput
>;

void test("party names: an id that is not a party reads as undefined; a party named constructor is labelled", () => {
  const report = evaluate(parseScenario(renamed));
  const names = partyNames(report);
  for (const k of PROTOTYPE_KEYS.filter((k) => k !== "constructor")) assert.equal(names[k], undefined, k);
  assert.equal(names["constructor"], "Red");
  assert.equal(stabilityCards(report)[0]!.label, "Blue – Red");
  const empty = partyNames({ parties: [] });
  for (const k of PROTOTYPE_KEYS) assert.equal(empty[k], undefined, k);
  const elements = elementNameMap(renamed);
  assert.equal(Object.getPrototypeOf(elements), null, "no prototype: toString and friends read as absent");
  assert.ok(Object.keys(elements).some((k) => k.startsWith("constructor/")));
});

void test("crisis labels with an empty name map fall back to the ids, not to prototype functions", () => {
  const columns = unpackCrisis(packCrisis(crisisTimeline(parseScenario(renamed), 3)));
  assert.equal(columns.generated["constructor"]?.length, 4);
  const vm = crisisVm(columns, partyNames({ parties: [] }));
  const text = JSON.stringify(vm);
  assert.doesNotMatch(text, /function|native code/);
  assert.match(text, /constructor generated/);
});

void test("negotiation form: ranges per party keyed by constructor are read as that party's own", () => {
  const form = negotiationForm(renamed, null);
  assert.ok(form.parties.includes("constructor"), form.parties.join(","));
  const spec = negotiationSpecInput(form, renamed);
  assert.doesNotMatch(JSON.stringify(spec), /function|native code/);
});
