/**
 * Mutations of scenario documents for the fuzzer (issue 14): deleted keys, swapped types, extreme numbers, unicode,
 * duplicate ids, prototype keys, enlarged element lists and uncertainty entries with arbitrary parameters. A mutant is
 * a base document plus a short list of mutations, each picking its target by index, so fast-check can shrink a
 * failing mutant to the fewest, simplest mutations.
 */
import fc from "fast-check";
import { UncertainParameter } from "@seceq/core";

/** Names that collide with `Object.prototype` members or special keys. */
export const PROTOTYPE_NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype"];

/** Numbers at the edges of the float range and of the model's domains. */
export const EXTREME_NUMBERS = [
  0,
  -0,
  -1,
  1,
  0.5,
  1.0000001,
  -1e-9,
  5e-324,
  1e-300,
  2 ** 53 + 2,
  709,
  710,
  -710,
  1e6,
  1e15,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  NaN,
  Infinity,
  -Infinity,
];

/** One mutation. `pick` chooses the target among the candidates of its kind (modulo their count). */
export type Mutation =
  | { kind: "delete"; pick: number }
  | { kind: "swapType"; pick: number; value: unknown }
  | { kind: "extremeNumber"; pick: number; value: number }
  | { kind: "scaleNumber"; pick: number; factor: number }
  | { kind: "unicode"; pick: number; value: string }
  | { kind: "duplicateId"; pick: number }
  | { kind: "prototypeKey"; pick: number; name: string; asId: boolean }
  | { kind: "enlarge"; pick: number; factor: number }
  | { kind: "addUncertainty"; entry: Record<string, unknown>; partyPick: number; elementPick: number };

/** A mutant: which base document, how it is written, and the mutations applied in order. */
export interface Mutant {
  base: number;
  format: "yaml" | "json";
  mutations: Mutation[];
}

const anyValue = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
);

const unicodeString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.constantFrom("", "\u202e", "ＩＣＢＭ", "😀", "a\u0301", "\ufeffblue", "blue\u200b", "ß", "İ", "\\u0000"),
);

const distributionNumber = fc.oneof(
  { weight: 3, arbitrary: fc.double({ min: -2, max: 3, noNaN: true }) },
  { weight: 2, arbitrary: fc.constantFrom(...EXTREME_NUMBERS) },
  { weight: 1, arbitrary: fc.double({ noNaN: true }) },
);

const distribution = fc.oneof(
  fc.record({ type: fc.constant("normal"), mean: distributionNumber, sd: distributionNumber }),
  fc.record({ type: fc.constant("lognormal"), mu: distributionNumber, sigma: distributionNumber }),
  fc.record({ type: fc.constant("uniform"), min: distributionNumber, max: distributionNumber }),
  fc.record({
    type: fc.constant("triangular"),
    min: distributionNumber,
    mode: distributionNumber,
    max: distributionNumber,
  }),
);

const uncertaintyEntry = fc.record(
  {
    parameter: fc.constantFrom(...UncertainParameter.options),
    mode: fc.constantFrom("multiply", "set"),
    distribution,
    withParty: fc.boolean(),
    withElement: fc.boolean(),
  },
  { requiredKeys: ["parameter", "distribution", "withParty", "withElement"] },
);

/**
 * Arbitrary mutant over `baseCount` base documents: one to three mutations.
 * @param baseCount number of base documents
 */
export function mutantArbitrary(baseCount: number): fc.Arbitrary<Mutant> {
  const pick = fc.nat({ max: 1_000_000 });
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant("delete" as const), pick }),
    fc.record({ kind: fc.constant("swapType" as const), pick, value: anyValue }),
    fc.record({ kind: fc.constant("extremeNumber" as const), pick, value: fc.constantFrom(...EXTREME_NUMBERS) }),
    fc.record({ kind: fc.constant("scaleNumber" as const), pick, factor: fc.constantFrom(-1, 0, 10, 1000, 1e6) }),
    fc.record({ kind: fc.constant("unicode" as const), pick, value: unicodeString }),
    fc.record({ kind: fc.constant("duplicateId" as const), pick }),
    fc.record({
      kind: fc.constant("prototypeKey" as const),
      pick,
      name: fc.constantFrom(...PROTOTYPE_NAMES),
      asId: fc.boolean(),
    }),
    fc.record({ kind: fc.constant("enlarge" as const), pick, factor: fc.integer({ min: 2, max: 3 }) }),
    fc.record({
      kind: fc.constant("addUncertainty" as const),
      entry: uncertaintyEntry,
      partyPick: pick,
      elementPick: pick,
    }),
  );
  return fc.record({
    base: fc.nat({ max: baseCount - 1 }),
    format: fc.constantFrom("yaml" as const, "yaml" as const, "json" as const),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
  });
}

interface Slot {
  parent: Record<string, unknown> | unknown[];
  key: string | number;
  value: unknown;
}

/** Every (parent, key, value) slot of a document, in document order; iterative. */
function slots(doc: unknown): Slot[] {
  const out: Slot[] = [];
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node))
      node.forEach((v, i) => {
        out.push({ parent: node, key: i, value: v });
        stack.push(v);
      });
    else if (node !== null && typeof node === "object")
      for (const [k, v] of Object.entries(node)) {
        out.push({ parent: node as Record<string, unknown>, key: k, value: v });
        stack.push(v);
      }
  }
  return out;
}

function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** Apply one mutation in place to a document (a deep copy the caller owns). */
function applyMutation(doc: Record<string, unknown>, m: Mutation): void {
  const all = slots(doc);
  const choose = <T>(list: T[], pick: number): T | undefined => (list.length ? list[pick % list.length] : undefined);
  switch (m.kind) {
    case "delete": {
      const s = choose(all, m.pick);
      if (!s) return;
      if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
      else delete s.parent[s.key as string];
      return;
    }
    case "swapType": {
      const s = choose(all, m.pick);
      if (s) (s.parent as Record<string | number, unknown>)[s.key] = structuredClone(m.value);
      return;
    }
    case "extremeNumber":
    case "scaleNumber": {
      const s = choose(
        all.filter((x) => typeof x.value === "number"),
        m.pick,
      );
      if (s)
        (s.parent as Record<string | number, unknown>)[s.key] =
          m.kind === "extremeNumber" ? m.value : (s.value as number) * m.factor;
      return;
    }
    case "unicode": {
      const s = choose(
        all.filter((x) => typeof x.value === "string"),
        m.pick,
      );
      if (s) (s.parent as Record<string | number, unknown>)[s.key] = m.value;
      return;
    }
    case "duplicateId": {
      const lists = all.filter(
        (x) => Array.isArray(x.value) && x.value.length >= 2 && x.value.every((e) => isRecord(e) && "id" in e),
      );
      const s = choose(lists, m.pick);
      if (!s) return;
      const items = s.value as Record<string, unknown>[];
      items[items.length - 1]!.id = items[0]!.id;
      return;
    }
    case "prototypeKey": {
      if (m.asId) {
        const s = choose(
          all.filter((x) => x.key === "id" || x.key === "party" || x.key === "element"),
          m.pick,
        );
        if (s) (s.parent as Record<string | number, unknown>)[s.key] = m.name;
      } else {
        const objects = [doc, ...all.map((x) => x.value).filter(isRecord)];
        const target = choose(objects, m.pick);
        if (target) setOwn(target, m.name, m.name === "__proto__" ? { polluted: "yes" } : 1);
      }
      return;
    }
    case "enlarge": {
      const lists = all.filter((x) => Array.isArray(x.value) && x.value.length >= 1);
      const s = choose(lists, m.pick);
      if (!s) return;
      const items = s.value as unknown[];
      const copies: unknown[] = [];
      for (let k = 1; k < m.factor; k++)
        for (const item of items) {
          const c = structuredClone(item);
          if (isRecord(c) && typeof c.id === "string") c.id = `${c.id}-x${k}`;
          copies.push(c);
        }
      items.push(...copies);
      return;
    }
    case "addUncertainty": {
      const { withParty, withElement, ...entry } = m.entry;
      const parties = Array.isArray(doc.parties) ? doc.parties.filter(isRecord) : [];
      const party = choose(parties, m.partyPick);
      if (withParty && party) entry.party = party.id;
      if (withElement && party) {
        const list = entry.parameter === "pk" ? party.defenses : party.forces;
        const el = choose(Array.isArray(list) ? list.filter(isRecord) : [], m.elementPick);
        if (el) entry.element = el.id;
      }
      if (!Array.isArray(doc.uncertainty)) doc.uncertainty = [];
      (doc.uncertainty as unknown[]).push(entry);
      return;
    }
  }
}

/**
 * Build a mutant document: copy the base and apply each mutation in order.
 * @param base plain scenario data (not modified)
 * @param mutations mutations to apply
 */
export function applyMutations(base: Record<string, unknown>, mutations: readonly Mutation[]): Record<string, unknown> {
  const doc = structuredClone(base);
  for (const m of mutations) applyMutation(doc, m);
  return doc;
}
