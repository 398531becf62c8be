import { test } from "node:test";
import assert from "node:assert/strict";
import { getPresetInput, listPresets } from "../presets/index.js";
import {
  diskRadiusKmOfArea,
  PRESET_SITES,
  presetSites,
  siteLocation,
  UNPLACED_ELEMENTS,
  US_FIELD_AREA_SQ_MI,
} from "./sites.js";
import { insideCountry, onLand } from "./test-support/borders.js";

/** Every (preset, party, element-or-defence) triple of the embedded presets. */
function presetIds(): { preset: string; party: string; id: string }[] {
  const out: { preset: string; party: string; id: string }[] = [];
  for (const info of listPresets()) {
    const scenario = getPresetInput(info.id)!;
    for (const party of scenario.parties) {
      for (const e of party.forces) out.push({ preset: info.id, party: party.id, id: e.id });
      for (const d of party.defenses ?? []) out.push({ preset: info.id, party: party.id, id: d.id });
    }
  }
  return out;
}

test("every force element and defence layer of every preset has sites, or is listed as unplaced with a reason", () => {
  const missing: string[] = [];
  for (const { preset, party, id } of presetIds()) {
    const unplaced = UNPLACED_ELEMENTS[preset]?.[`${party}/${id}`];
    const sites = presetSites(preset, party, id);
    if (sites === undefined && unplaced === undefined) missing.push(`${preset}: ${party}/${id}`);
    if (sites !== undefined && unplaced !== undefined)
      missing.push(`${preset}: ${party}/${id} is both placed and unplaced`);
  }
  assert.deepEqual(missing, []);
  for (const info of listPresets()) assert.ok(Object.hasOwn(PRESET_SITES, info.id), `no site table for ${info.id}`);
});

test("site tables name only party and element ids that exist in some preset (no stale or misspelt ids)", () => {
  // Presets of one era share one table (the 2020 and 2026 US and Russian forces), so an id need only exist in one.
  const known = new Set(presetIds().map(({ party, id }) => `${party}/${id}`));
  const stale: string[] = [];
  for (const [preset, parties] of Object.entries(PRESET_SITES)) {
    for (const [party, elements] of Object.entries(parties)) {
      for (const id of Object.keys(elements)) if (!known.has(`${party}/${id}`)) stale.push(`${preset}:${party}/${id}`);
    }
  }
  const exact = new Set(presetIds().map(({ preset, party, id }) => `${preset}:${party}/${id}`));
  for (const [preset, entries] of Object.entries(UNPLACED_ELEMENTS)) {
    for (const key of Object.keys(entries)) if (!exact.has(`${preset}:${key}`)) stale.push(`${preset}:${key}`);
  }
  assert.deepEqual(stale, []);
});

test("shares are in (0, 1] and sum to 1 per element; coordinates in range; every site cited", () => {
  for (const [preset, parties] of Object.entries(PRESET_SITES)) {
    for (const [party, elements] of Object.entries(parties)) {
      for (const [id, sites] of Object.entries(elements)) {
        const where = `${preset}:${party}/${id}`;
        assert.ok(sites.length > 0, where);
        let sum = 0;
        for (const s of sites) {
          assert.ok(s.share > 0 && s.share <= 1, `${where} ${s.name}: share ${s.share}`);
          assert.ok(Math.abs(s.latDeg) <= 90 && Math.abs(s.lonDeg) <= 180, `${where} ${s.name}`);
          assert.match(s.source.asOf, /^\d{4}-\d{2}-\d{2}$/);
          assert.ok(
            ["estimate", "notional"].includes(s.source.confidence),
            `${where} ${s.name}: public-map coordinates`,
          );
          sum += s.share;
        }
        assert.ok(Math.abs(sum - 1) < 1e-9, `${where}: shares sum to ${sum}`);
      }
    }
  }
});

test("land sites lie inside their country (Natural Earth 1:50m, 5 km coastal tolerance); patrol areas at sea", () => {
  const near = (iso: string, lat: number, lon: number) =>
    [
      [0, 0],
      [0.05, 0],
      [-0.05, 0],
      [0, 0.05],
      [0, -0.05],
    ].some(([dLat, dLon]) => insideCountry(iso, lat + dLat!, lon + dLon!));
  const checked = new Set<string>();
  const wrong: string[] = [];
  let land = 0;
  let sea = 0;
  for (const parties of Object.values(PRESET_SITES)) {
    for (const elements of Object.values(parties)) {
      for (const sites of Object.values(elements)) {
        for (const s of sites) {
          const where = siteLocation(s);
          assert.ok(where !== undefined, `${s.name}: location not recorded`);
          const key = `${s.name}@${s.latDeg},${s.lonDeg}:${where}`;
          if (checked.has(key)) continue;
          checked.add(key);
          if (where === "sea") {
            sea++;
            if (onLand(s.latDeg, s.lonDeg)) wrong.push(`${s.name} is on land`);
          } else {
            land++;
            if (!near(where, s.latDeg, s.lonDeg)) wrong.push(`${s.name} is outside ${where}`);
          }
        }
      }
    }
  }
  assert.deepEqual(wrong, []);
  // The check itself discriminates: Moscow is in Russia, not in the US, and on land; mid-Atlantic is at sea.
  assert.ok(insideCountry("RU", 55.75, 37.62) && !insideCountry("US", 55.75, 37.62));
  assert.ok(onLand(55.75, 37.62) && !onLand(38, -50));
  assert.ok(land > 60 && sea >= 8, `${land} land sites, ${sea} sea areas checked`);
});

test("known bases sit where public maps put them (great-circle check within 60 km)", () => {
  const km = (lat1: number, lon1: number, lat2: number, lon2: number) => {
    const r = Math.PI / 180;
    const a =
      Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
      Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
    return 2 * 6371 * Math.asin(Math.sqrt(a));
  };
  const find = (preset: string, party: string, id: string, name: RegExp) =>
    presetSites(preset, party, id)!.find((s) => name.test(s.name))!;
  // Reference points: the town or base each site is named after.
  const checks: [ReturnType<typeof find>, number, number][] = [
    [find("us-russia-2026", "us", "mm3-w87", /Malmstrom/), 47.5, -111.18],
    [find("us-russia-2026", "us", "d5-w88", /Kings Bay/), 30.8, -81.52],
    [find("us-russia-2026", "ru", "yars-silo", /Kozelsk/), 54.03, 35.78],
    [find("us-russia-2026", "ru", "bulava-borei", /Gadzhiyevo/), 69.25, 33.33],
    [find("us-russia-china-2026", "cn", "silo-icbm-df31-class", /Hanggin/), 40.113, 108.104],
    [find("us-russia-2026", "us", "b61-europe", /Incirlik/), 37.0, 35.42],
  ];
  for (const [s, lat, lon] of checks) {
    const d = km(s.latDeg, s.lonDeg, lat, lon);
    assert.ok(d < 60, `${s.name}: ${d.toFixed(0)} km from its reference point`);
  }
  assert.equal(presetSites("us-russia-2026", "ru", "no-such-element"), undefined);
  assert.equal(presetSites("__proto__", "ru", "kalibr"), undefined);
  assert.equal(presetSites("us-russia-2026", "constructor", "kalibr"), undefined);
});

test("field extents: every extent cited; Minuteman III fields of 150 silos at the disk radius of each wing's published area", () => {
  // Published areas (docs/methods.md §7.9): Malmstrom 13,800 and F. E. Warren 9,600 sq mi [usaf-gbsd-eis-nd], Minot
  // 8,500 sq mi [globalsecurity-91sw-nd]. Disk radius sqrt(A / π), 1 sq mi = 2.589988 km²: 106.7, 88.96, 83.71 km.
  assert.ok(Math.abs(diskRadiusKmOfArea(US_FIELD_AREA_SQ_MI.malmstrom) - 106.66) < 0.05);
  assert.ok(Math.abs(diskRadiusKmOfArea(US_FIELD_AREA_SQ_MI.warren) - 88.96) < 0.05);
  assert.ok(Math.abs(diskRadiusKmOfArea(US_FIELD_AREA_SQ_MI.minot) - 83.71) < 0.05);
  const wings: Record<string, number> = { Malmstrom: 0, Minot: 0, "F. E. Warren": 0 };
  for (const parties of Object.values(PRESET_SITES)) {
    for (const elements of Object.values(parties)) {
      for (const sites of Object.values(elements)) {
        for (const s of sites) {
          if (s.aimPoints === undefined && s.radiusKm === undefined) continue;
          assert.ok(s.extentSource !== undefined, `${s.name}: extent without a source`);
          assert.ok(["published", "derived", "estimate", "notional"].includes(s.extentSource.confidence), s.name);
          assert.ok((s.extentSource.note ?? "").length > 0, `${s.name}: extent source without a note`);
          if (s.extentSource.confidence === "derived")
            assert.match(s.extentSource.note ?? "", /Derived:/, `${s.name}: a derived extent says how`);
          for (const [wing, area] of [
            ["Malmstrom", US_FIELD_AREA_SQ_MI.malmstrom],
            ["Minot", US_FIELD_AREA_SQ_MI.minot],
            ["F. E. Warren", US_FIELD_AREA_SQ_MI.warren],
          ] as const) {
            if (!s.name.startsWith(`${wing} AFB missile field`)) continue;
            assert.equal(s.aimPoints, 150, s.name);
            assert.equal(s.radiusKm, diskRadiusKmOfArea(area), s.name);
            wings[wing]!++;
          }
        }
      }
    }
  }
  for (const [wing, n] of Object.entries(wings)) assert.ok(n > 0, `no ${wing} field with an extent`);
});
