/**
 * View model of the strike map: from one exchange of a report (its population effects at the chosen strike) and the
 * scenario's force sites, the parties' countries, the bases with what survives on them, the places struck with their
 * 5 and 2 psi rings, hover texts with sources, and the title, subtitle and legend drawn into the exported image.
 * Plain TypeScript (no DOM, no Plot), tested with node:test.
 */
import type { Citation, PopulationStrike, ScenarioInput, Site, StruckPlace } from "@seceq/core";
import { isoNumeric, presetSites } from "@seceq/data/lazy";
import { formatCount, formatEstimate, formatPercent } from "../model/format.js";

/** Mean Earth radius, km (IUGG), for converting ring radii to degrees of arc. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Which side's territory the map shows: the victim's (the first strike), the striker's (the retaliation) or both. */
export type MapView = "victim" | "striker" | "both";

/** The views, in the order the picker lists them. */
export const MAP_VIEWS: readonly MapView[] = ["victim", "striker", "both"];

/** The part of an exchange the map reads (an `ExchangeResult` with h9core's optional population effects). */
export interface MapExchange {
  striker: string;
  victim: string;
  /** The striker's counterforce allocation at the chosen strike. */
  allocation?: readonly { weapon: string; target: string; warheads: number; kills: number }[];
  /** Population effects at the chosen strike: the first strike on the victim, the retaliation on the striker. */
  population?: { onVictim: PopulationStrike; onStriker: PopulationStrike };
}

/** One force site of one element, as the panel collects it from the scenario. */
export interface MapSiteInput {
  party: string;
  element: string;
  elementName: string;
  site: Site;
  /** Warheads on the element's deployed launchers (for the share surviving). */
  warheads: number;
}

/** Inputs of {@link mapVm}. */
export interface MapInput {
  scenarioName: string;
  /** Date of the scenario, `YYYY-MM-DD`. */
  asOf: string;
  exchange: MapExchange;
  partyNames: Readonly<Record<string, string>>;
  /** ISO 3166-1 alpha-2 country of each party. */
  partyCountries: Readonly<Record<string, string>>;
  sites: readonly MapSiteInput[];
  view: MapView;
}

/** Role of a party in the exchange. */
export type Role = "striker" | "victim";

/** A country filled on the map. */
export interface MapCountry {
  /** ISO numeric id, as in world-atlas. */
  id: string;
  party: string;
  role: Role;
}

/** A base (one location, possibly several elements). */
export interface MapBase {
  name: string;
  latDeg: number;
  lonDeg: number;
  party: string;
  role: Role;
  /** Share of the victim's warheads at this base surviving the first strike (null for the striker's bases). */
  surviving: number | null;
  /** Hover text: name, party, elements and shares, survivors, source. */
  tooltip: string;
}

/** A place struck. */
export interface MapTarget extends StruckPlace {
  /** Party whose territory it is. */
  party: string;
  /** Whose territory: the victim's (first strike) or the striker's (retaliation). */
  role: Role;
  /** Hover text: place, population, warheads, fatalities, rings, sources. */
  tooltip: string;
}

/** A damage ring around a struck place. */
export interface MapRing {
  latDeg: number;
  lonDeg: number;
  /** Ring radius, degrees of great-circle arc. */
  radiusDeg: number;
  /** Overpressure of the ring. */
  psi: 5 | 2;
}

/** Everything the map chart draws. */
export interface MapModel {
  title: string;
  subtitle: string;
  countries: MapCountry[];
  bases: MapBase[];
  targets: MapTarget[];
  rings: MapRing[];
  /** Points the projection fits ([lon, lat]); empty: fit the highlighted countries. */
  focus: [number, number][];
  /** One line per party shown: fatalities and share of the national population. */
  summary: string[];
  /** Legend line drawn under the map. */
  legend: string;
  /** Caption for the page (also the chart's accessible description). */
  caption: string;
  /** True when the exchange carries population effects. */
  hasPopulation: boolean;
}

/** Convert a ground distance to degrees of great-circle arc. NaN or negative distances give 0. */
export function kmToDegrees(km: number): number {
  return Number.isFinite(km) && km > 0 ? (km / EARTH_RADIUS_KM) * (180 / Math.PI) : 0;
}

const DEFAULT_COUNTRY: Readonly<Record<string, string>> = {
  us: "US",
  ru: "RU",
  cn: "CN",
  gb: "GB",
  uk: "GB",
  fr: "FR",
  in: "IN",
  pk: "PK",
  kp: "KP",
  il: "IL",
};

/**
 * Country of each party: the scenario's `value.country` when it has one, else the population effects' country, else
 * a default for the usual party ids (`us` → US, `ru` → RU, …).
 */
export function partyCountries(scenario: ScenarioInput, exchange?: MapExchange): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of scenario.parties) {
    const value = p.value as { country?: unknown } | undefined;
    const fromValue = typeof value?.country === "string" ? value.country.toUpperCase() : undefined;
    const fromStrike =
      exchange?.population?.onVictim.party === p.id
        ? exchange.population.onVictim.country
        : exchange?.population?.onStriker.party === p.id
          ? exchange.population.onStriker.country
          : undefined;
    const fallback = Object.hasOwn(DEFAULT_COUNTRY, p.id) ? DEFAULT_COUNTRY[p.id] : undefined;
    const c = fromValue ?? fromStrike ?? fallback;
    if (c !== undefined) out[p.id] = c;
  }
  return out;
}

/** Number, or 0 when not a finite number (the scenario being edited may be half-typed). */
function num(x: unknown): number {
  return typeof x === "number" && Number.isFinite(x) ? x : 0;
}

/**
 * Collect the force sites of a scenario: each element's own `basing.sites` when present, else the preset's sites for
 * the scenario id (so the embedded presets show their bases before their files carry sites). Defence layers are
 * placed the same way.
 */
export function scenarioSites(scenario: ScenarioInput): MapSiteInput[] {
  const out: MapSiteInput[] = [];
  for (const party of scenario.parties) {
    const items: { id: string; name: string; sites: unknown; warheads: number }[] = [
      ...party.forces.map((e) => ({
        id: e.id,
        name: e.name ?? e.id,
        sites: (e.basing as { sites?: unknown } | undefined)?.sites,
        warheads: num(e.launchers?.deployed) * num(e.warheadsPerLauncher),
      })),
      ...(party.defenses ?? []).map((d) => ({
        id: d.id,
        name: d.name ?? d.id,
        sites: (d as { sites?: unknown }).sites,
        warheads: 0,
      })),
    ];
    for (const item of items) {
      const own = Array.isArray(item.sites) ? (item.sites as Site[]) : undefined;
      const sites = own ?? presetSites(scenario.id, party.id, item.id) ?? [];
      for (const site of sites) {
        if (!Number.isFinite(site.latDeg) || !Number.isFinite(site.lonDeg)) continue;
        out.push({ party: party.id, element: item.id, elementName: item.name, site, warheads: item.warheads });
      }
    }
  }
  return out;
}

/** Short label of a citation for hover texts: its source with the confidence. */
export function citationLabel(c: Citation | undefined): string {
  if (!c) return "source not given";
  return `${c.source} (${c.confidence}, ${c.asOf})`;
}

function placeTooltip(p: StruckPlace, partyName: string, strike: PopulationStrike): string {
  return [
    `${p.name} (${partyName})`,
    `Population ${formatCount(p.population)} (GeoNames, CC BY 4.0)`,
    `Warheads ${formatCount(p.warheads, 1)} (largest ${formatCount(p.yieldKt)} kt)`,
    `Fatalities ${formatEstimate(p.fatalities)} (model estimate)`,
    `5 psi ring ${formatCount(p.radius5PsiKm, 1)} km · 2 psi ring ${formatCount(p.radius2PsiKm, 1)} km`,
    `National population ${formatCount(strike.totalPopulation)} (UN WPP 2024)`,
  ].join("\n");
}

/** Group sites at the same place (same name and coordinates) into one base. */
function groupSites(sites: readonly MapSiteInput[]): Map<string, MapSiteInput[]> {
  const groups = new Map<string, MapSiteInput[]>();
  for (const s of sites) {
    const key = `${s.party}|${s.site.name}|${s.site.latDeg.toFixed(3)}|${s.site.lonDeg.toFixed(3)}`;
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }
  return groups;
}

/**
 * Build the map model of one exchange.
 * Numeric policy: warheads and fatalities are shown as given; an element with no warheads has no surviving share
 * (null); rings of non-finite or non-positive radius are left out.
 */
export function mapVm(input: MapInput): MapModel {
  const { exchange, partyNames, view } = input;
  const name = (p: string) => partyNames[p] ?? p;
  const roleOf = (p: string): Role | null =>
    p === exchange.striker ? "striker" : p === exchange.victim ? "victim" : null;
  const shown = (r: Role) => view === "both" || view === r;

  const countries: MapCountry[] = [];
  for (const party of [exchange.striker, exchange.victim]) {
    const iso2 = input.partyCountries[party];
    const id = iso2 === undefined ? undefined : isoNumeric(iso2);
    if (id !== undefined) countries.push({ id, party, role: roleOf(party)! });
  }

  // Warheads destroyed per victim element at the chosen strike.
  const kills = new Map<string, number>();
  for (const a of exchange.allocation ?? []) kills.set(a.target, (kills.get(a.target) ?? 0) + num(a.kills));

  const bases: MapBase[] = [];
  for (const group of groupSites(input.sites).values()) {
    const first = group[0]!;
    const role = roleOf(first.party);
    if (role === null || !shown(role)) continue;
    let warheads = 0;
    let surviving = 0;
    const lines = [`${first.site.name} (${name(first.party)})`];
    for (const g of group) {
      lines.push(`${g.elementName}: ${formatPercent(g.site.share)} of launchers`);
      const w = g.warheads * g.site.share;
      warheads += w;
      const lost = g.warheads > 0 ? Math.min(1, (kills.get(g.element) ?? 0) / g.warheads) : 0;
      surviving += w * (1 - lost);
    }
    const survivingShare = role === "victim" && warheads > 0 ? surviving / warheads : null;
    if (survivingShare !== null) {
      lines.push(`Surviving the first strike: ${formatPercent(survivingShare)} of ${formatCount(warheads)} warheads`);
    }
    lines.push(`Source: ${citationLabel(first.site.source)}`);
    bases.push({
      name: first.site.name,
      latDeg: first.site.latDeg,
      lonDeg: first.site.lonDeg,
      party: first.party,
      role,
      surviving: survivingShare,
      tooltip: lines.join("\n"),
    });
  }

  const targets: MapTarget[] = [];
  const rings: MapRing[] = [];
  const summary: string[] = [];
  const pop = exchange.population;
  const strikes: [Role, PopulationStrike | undefined][] = [
    ["victim", pop?.onVictim],
    ["striker", pop?.onStriker],
  ];
  for (const [role, strike] of strikes) {
    if (!strike || !shown(role)) continue;
    const who = role === "victim" ? "first strike" : "retaliation";
    summary.push(
      `${name(strike.party)} (${who}): ${formatEstimate(strike.fatalities)} prompt fatalities, ` +
        `${formatPercent(strike.share, 1)} of ${formatCount(strike.totalPopulation)}` +
        (strike.collateralFatalities > 0 ? `, of which ${formatEstimate(strike.collateralFatalities)} collateral` : ""),
    );
    for (const p of strike.places) {
      targets.push({ ...p, party: strike.party, role, tooltip: placeTooltip(p, name(strike.party), strike) });
      for (const [psi, km] of [
        [2, p.radius2PsiKm],
        [5, p.radius5PsiKm],
      ] as const) {
        const deg = kmToDegrees(km);
        if (deg > 0) rings.push({ latDeg: p.latDeg, lonDeg: p.lonDeg, radiusDeg: deg, psi });
      }
    }
  }

  const focus: [number, number][] = [
    ...targets.map((t): [number, number] => [t.lonDeg, t.latDeg]),
    ...bases.map((b): [number, number] => [b.lonDeg, b.latDeg]),
  ];
  const title =
    view === "striker"
      ? `${name(exchange.victim)} retaliates on ${name(exchange.striker)}`
      : view === "victim"
        ? `${name(exchange.striker)} strikes ${name(exchange.victim)} first`
        : `${name(exchange.striker)} strikes ${name(exchange.victim)} first; ${name(exchange.victim)} retaliates`;
  const hasPopulation = pop !== undefined;
  return {
    title: `${title} — chosen strike`,
    subtitle: `${input.scenarioName} · as of ${input.asOf}`,
    countries,
    bases,
    targets,
    rings,
    focus,
    summary,
    legend:
      "● place struck (area ∝ fatalities) · rings: 5 psi (solid), 2 psi (dashed) · ▲ base (fill: share surviving) · " +
      "places: GeoNames (CC BY 4.0); totals: UN WPP 2024; borders: Natural Earth",
    caption: hasPopulation
      ? `Places struck (${targets.length}, the most lethal first) with their 5 and 2 psi rings; bases with the share of warheads surviving the first strike. Hover a mark for its figures and sources.`
      : "This exchange carries no population effects (the scenario's value model is not population-based): bases only.",
    hasPopulation,
  };
}
