import{createRequire as __cr}from"node:module";const require=__cr(import.meta.url);

// packages/data/dist/presets/whole-loads.js
var LEG = {
  "icbm-silo": "icbm",
  "icbm-mobile": "icbm",
  slbm: "slbm",
  bomber: "bomber"
};
function withoutConverted(t) {
  const { convertedNonNuclear: _converted, ...rest } = t;
  return rest;
}
var armed = (e) => Math.max(0, e.launchers.deployed - (e.treaty?.convertedNonNuclear ?? 0));
function wholeLoads(forces) {
  const frac = (e) => e.nuclear !== false && armed(e) > 0 && Math.abs(e.warheadsPerLauncher - Math.round(e.warheadsPerLauncher)) > 1e-9;
  const total = /* @__PURE__ */ new Map();
  const legs = /* @__PURE__ */ new Map();
  for (const e of forces.filter(frac)) {
    const leg = LEG[e.category] ?? "other";
    legs.set(leg, [...legs.get(leg) ?? [], e]);
  }
  for (const es of legs.values()) {
    const exact = es.map((e) => armed(e) * e.warheadsPerLauncher);
    const floors = exact.map((x) => Math.floor(x + 1e-9));
    let extra = Math.round(exact.reduce((t, x) => t + x, 0)) - floors.reduce((t, x) => t + x, 0);
    const order = exact.map((x, i) => [x - floors[i], i]).sort((p, q) => q[0] - p[0] || p[1] - q[1]);
    for (const [, i] of order)
      if (extra-- > 0)
        floors[i] += 1;
    es.forEach((e, i) => total.set(e.id, floors[i]));
  }
  const out = [];
  for (const e of forces) {
    const w = total.get(e.id);
    if (w === void 0) {
      out.push(e);
      continue;
    }
    const n = armed(e);
    const lo = Math.floor(w / n);
    const k = w - lo * n;
    const converted = e.treaty?.convertedNonNuclear ?? 0;
    const max = e.maxWarheadsPerLauncher ?? lo + 1;
    const stored = e.treaty?.storedWarheads ?? 0;
    const storedHi = Math.min(stored, k * Math.max(0, max - (lo + 1)));
    const note = `Whole-warhead split of an average load of ${e.warheadsPerLauncher.toFixed(3)} on ${n} launchers (${w} warheads): ${n - k} at ${lo} (${e.id}), ${k} at ${lo + 1} (${e.id}-${lo + 1}w).`;
    out.push({
      ...e,
      launchers: { ...e.launchers, deployed: n - k + converted },
      warheadsPerLauncher: lo,
      ...e.treaty ? { treaty: { ...e.treaty, ...stored > 0 ? { storedWarheads: stored - storedHi } : {} } } : {},
      notes: e.notes ? `${e.notes} ${note}` : note
    });
    if (k > 0)
      out.push({
        ...e,
        id: `${e.id}-${lo + 1}w`,
        name: `${e.name} \u2014 launchers loaded with ${lo + 1}`,
        launchers: { deployed: k },
        warheadsPerLauncher: lo + 1,
        ...e.treaty ? { treaty: { ...withoutConverted(e.treaty), ...stored > 0 ? { storedWarheads: storedHi } : {} } } : {},
        notes: e.notes ? `${e.notes} ${note}` : note
      });
  }
  return out;
}

export {
  wholeLoads
};
