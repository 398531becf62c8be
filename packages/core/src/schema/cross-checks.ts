/**
 * Checks that span fields: duplicate ids, references to unknown parties or elements, and inconsistent values.
 */
import type { Issue } from "../_shared/issues.js";
import { ForceElement, type Scenario } from "./scenario.js";
import { checkEngineDomain } from "./engine-domain-checks.js";
import { defenseOrderWarnings } from "./defense-order.js";
import { closest } from "./suggest.js";
import { valueModelIssues } from "./value-model.js";
import { uncertaintyTailIssues } from "../evaluate/uncertainty.js";

/** Field names of a force element that `fieldSources` may cite (every field but the citations themselves). */
export const CITABLE_FIELDS: readonly string[] = Object.keys(ForceElement.shape).filter(
  (k) => k !== "source" && k !== "fieldSources",
);

/** Uncertain parameters that are scenario-wide assumptions (no party or element applies). */
const SCENARIO_WIDE_UNCERTAIN: ReadonlySet<string> = new Set([
  "costExponent",
  "costWeight",
  "luaFraction",
  "strikerSurvivableUse",
]);

/** Duplicate ids in a list; items without a string id (invalid raw data) are skipped but keep their index. */
function duplicates(items: readonly { id?: unknown }[], basePath: (string | number)[], what: string): Issue[] {
  const seen = new Map<string, number>();
  const out: Issue[] = [];
  items.forEach((item, i) => {
    if (typeof item.id !== "string") return;
    const first = seen.get(item.id);
    if (first !== undefined)
      out.push({
        code: "duplicate_id",
        path: [...basePath, i, "id"],
        message: `duplicate ${what} id "${item.id}" (first used at index ${first})`,
      });
    else seen.set(item.id, i);
  });
  return out;
}

/**
 * A party's C3 site ids: unique among its sites and distinct from its force element ids. The exchange keys its
 * targets (force elements and C3 site classes) by id, so a shared id would merge two target classes' allocations
 * and give a site the collateral of the force element of that id.
 */
function c3SiteIdIssues(
  forces: readonly { id?: unknown }[],
  sites: readonly { id?: unknown }[],
  partyPath: (string | number)[],
): Issue[] {
  const base = [...partyPath, "c3", "sites"];
  const out = duplicates(sites, base, "C3 site");
  const forceIndex = new Map<unknown, number>();
  forces.forEach((f, i) => {
    if (typeof f.id === "string" && !forceIndex.has(f.id)) forceIndex.set(f.id, i);
  });
  sites.forEach((site, i) => {
    const fi = typeof site.id === "string" ? forceIndex.get(site.id) : undefined;
    if (fi !== undefined)
      out.push({
        code: "duplicate_id",
        path: [...base, i, "id"],
        message: `C3 site id "${String(site.id)}" is also the id of this party's force element at index ${fi}`,
        hint: "C3 sites and force elements are both targets, known by id: give the site an id of its own",
      });
  });
  return out;
}

function unknownRef(path: (string | number)[], what: string, id: string, known: string[]): Issue {
  const guess = closest(id, known);
  return {
    code: "unknown_reference",
    path,
    message: `unknown ${what} "${id}"; known: ${known.slice(0, 12).join(", ") || "(none)"}${known.length > 12 ? ", …" : ""}`,
    ...(guess ? { hint: `did you mean "${guess}"?` } : {}),
  };
}

/** Run the cross-field checks on a scenario that passed the schema. Returns errors and warnings. */
export function crossCheckScenario(s: Scenario): Issue[] {
  const out: Issue[] = [];
  out.push(...duplicates(s.parties, ["parties"], "party"));
  const partyIds = s.parties.map((p) => p.id);
  out.push(...valueModelIssues(s));
  s.parties.forEach((p, pi) => {
    out.push(...duplicates(p.forces, ["parties", pi, "forces"], "force element"));
    out.push(...duplicates(p.defenses, ["parties", pi, "defenses"], "defence layer"));
    out.push(...c3SiteIdIssues(p.forces, p.c3?.sites ?? [], ["parties", pi]));
    out.push(...defenseOrderWarnings(p.defenses, ["parties", pi, "defenses"]));
    p.forces.forEach((f, fi) => {
      const at = ["parties", pi, "forces", fi];
      if (f.maxWarheadsPerLauncher !== undefined && f.warheadsPerLauncher > f.maxWarheadsPerLauncher)
        out.push({
          code: "inconsistent",
          path: [...at, "warheadsPerLauncher"],
          message: `loads ${f.warheadsPerLauncher} warheads per launcher, above the maximum ${f.maxWarheadsPerLauncher}`,
        });
      if (!f.nuclear && !f.conventional)
        out.push({
          code: "missing_field",
          path: [...at, "conventional"],
          message:
            "a conventional element (nuclear: false) needs `conventional: { vulnerableRadiusM, pDefeatGivenHit }`",
        });
      const converted = f.treaty?.convertedNonNuclear;
      if (converted !== undefined && converted > f.launchers.deployed)
        out.push({
          code: "inconsistent",
          path: [...at, "treaty", "convertedNonNuclear"],
          message: `${converted} converted launchers exceed the ${f.launchers.deployed} deployed`,
        });
      if (f.fieldSources)
        for (const key of Object.keys(f.fieldSources)) {
          if (!CITABLE_FIELDS.includes(key)) {
            const guess = closest(key, CITABLE_FIELDS);
            out.push({
              code: "unknown_field",
              path: [...at, "fieldSources", key],
              message: `cites "${key}", which is not a field of a force element`,
              hint: guess ? `did you mean "${guess}"?` : `fields: ${CITABLE_FIELDS.join(", ")}`,
            });
          } else if (!Object.hasOwn(f, key))
            out.push({
              code: "unknown_field",
              path: [...at, "fieldSources", key],
              message: `cites a field "${key}" the element does not have`,
            });
        }
    });
    p.generation?.forEach((g, gi) => {
      const prev = p.generation?.[gi - 1];
      if (prev && g.day <= prev.day)
        out.push({
          code: "inconsistent",
          path: ["parties", pi, "generation", gi, "day"],
          message: "generation days must increase",
        });
    });
  });
  s.distancesKm.forEach((d, di) => {
    d.between.forEach((id, k) => {
      if (!partyIds.includes(id)) out.push(unknownRef(["distancesKm", di, "between", k], "party", id, partyIds));
    });
  });
  s.uncertainty.forEach((u, ui) => {
    // The distribution first: the party and element checks below may end this entry's checks early.
    const d = u.distribution;
    if ((d.type === "uniform" || d.type === "triangular") && d.min > d.max)
      out.push({ code: "inconsistent", path: ["uncertainty", ui, "distribution"], message: "min exceeds max" });
    if (d.type === "triangular" && (d.mode < d.min || d.mode > d.max))
      out.push({
        code: "inconsistent",
        path: ["uncertainty", ui, "distribution", "mode"],
        message: "mode lies outside [min, max]",
      });
    if (SCENARIO_WIDE_UNCERTAIN.has(u.parameter) && (u.party !== undefined || u.element !== undefined)) {
      out.push({
        code: "inconsistent",
        path: ["uncertainty", ui, u.party !== undefined ? "party" : "element"],
        message: `${u.parameter} is a scenario-wide assumption: drop \`party\` and \`element\``,
      });
      return;
    }
    if (u.party === undefined) {
      if (u.element !== undefined)
        out.push({ code: "missing_field", path: ["uncertainty", ui, "party"], message: "`element` needs `party`" });
      return;
    }
    const party = s.parties.find((p) => p.id === u.party);
    if (!party) {
      out.push(unknownRef(["uncertainty", ui, "party"], "party", u.party, partyIds));
      return;
    }
    if (u.element !== undefined) {
      // pk applies to defence layers, w80 to the party's value, everything else to force elements.
      if (u.parameter === "w80" || u.parameter === "damageModel" || u.parameter === "populationScaleKm")
        out.push({
          code: "inconsistent",
          path: ["uncertainty", ui, "element"],
          message: `${u.parameter} belongs to the party's value, not to an element: drop \`element\``,
        });
      else {
        const ids = u.parameter === "pk" ? party.defenses.map((d) => d.id) : party.forces.map((f) => f.id);
        const what = u.parameter === "pk" ? "defence layer" : "force element";
        if (!new Set(ids).has(u.element)) out.push(unknownRef(["uncertainty", ui, "element"], what, u.element, ids));
      }
    }
  });
  // Draws that overflow are reported once, by the tail check; the domain checks cover the rest.
  const tails = uncertaintyTailIssues(s);
  out.push(...tails);
  const overflowing = new Set(tails.map((i) => i.path[1]));
  out.push(...checkEngineDomain(s).filter((i) => !(i.path[0] === "uncertainty" && overflowing.has(i.path[1]))));
  return out;
}

/**
 * Duplicate-id checks on raw (not yet valid) scenario data, so they are reported together with schema errors.
 */
export function rawDuplicateIds(data: unknown): Issue[] {
  const out: Issue[] = [];
  const arr = (v: unknown): { id?: unknown }[] =>
    Array.isArray(v) ? v.map((x) => (x !== null && typeof x === "object" ? (x as { id?: unknown }) : {})) : [];
  const check = (items: { id?: unknown }[], base: (string | number)[], what: string) =>
    out.push(...duplicates(items, base, what));
  const parties = arr((data as { parties?: unknown } | null)?.parties);
  check(parties, ["parties"], "party");
  parties.forEach((p, pi) => {
    const party = p as { forces?: unknown; defenses?: unknown; c3?: unknown };
    check(arr(party.forces), ["parties", pi, "forces"], "force element");
    check(arr(party.defenses), ["parties", pi, "defenses"], "defence layer");
    const c3 = party.c3 !== null && typeof party.c3 === "object" ? (party.c3 as { sites?: unknown }) : {};
    out.push(...c3SiteIdIssues(arr(party.forces), arr(c3.sites), ["parties", pi]));
  });
  return out;
}
