/**
 * Scenario format v1, value models and geography: the fields a party's `value` and an element's `basing.sites` may
 * carry for the population value model (issue 9). Kept apart from `scenario.ts`, which composes them; nothing here
 * imports it at run time.
 *
 * A party's value is either
 * - `model: damage-curve` (the default when absent): a notional curve in `damageCurve` (`exponential-w80`, `emt-area`);
 * - `model: population`: prompt fatalities in the country's populated places (`country`, an ISO 3166-1 alpha-2 code),
 *   from blast rings over a density profile per place, plus the fallout of counterforce surface bursts (collateral);
 *   `effects` overrides the documented defaults
 *   ({@link DEFAULT_EFFECTS}). `damageCurve` may stay as the named alternative.
 */
import { z } from "zod";
import type { Issue } from "../_shared/issues.js";
import { isCountryCode } from "../geo/iso-3166.js";
import { registeredCountries, registeredPlaceTable } from "../geo/place-registry.js";
import type { Scenario } from "./scenario.js";
import { DEFAULT_FALLOUT, type FalloutParams } from "../effects/fallout.js";
import { DEFAULT_RURAL, type RuralParams } from "../effects/rural.js";

/** Value models: a notional damage curve or the population model. */
export const ValueModelName = z.enum(["damage-curve", "population"]);
export type ValueModelName = z.infer<typeof ValueModelName>;

/** ISO 3166-1 alpha-2 country code, upper case, officially assigned (e.g. `US`, `RU`, `CN`). */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code in upper case, e.g. RU")
  .refine(isCountryCode, { message: "is not an assigned ISO 3166-1 alpha-2 country code" });

/** Height of burst against population: optimum air burst (maximises the ring's ground range) or surface burst. */
export const BurstHeight = z.enum(["optimum-air", "surface"]);
export type BurstHeight = z.infer<typeof BurstHeight>;

/** One blast ring: the share of people killed where the peak overpressure reaches `psi` (and not the next ring in). */
export const BlastRing = z.strictObject({
  /** Peak overpressure at the ring's edge, psi (> 0). */
  psi: z.number().positive().max(10_000),
  /** Share of the people inside the ring (outside inner rings) killed promptly, 0–1. */
  fatality: z.number().min(0).max(1),
});
export type BlastRing = z.infer<typeof BlastRing>;

/** A mass-fire zone: everyone inside the ring of `psi` is killed with probability `fatality` (if above the rings'). */
export const FireZone = z.strictObject({
  /** Overpressure at the zone's edge, psi (used as a proxy for the area where a mass fire develops). */
  psi: z.number().positive().max(10_000),
  /** Share killed inside the zone, 0–1. */
  fatality: z.number().min(0).max(1),
});

/** Fallout models: WSEG-10 (docs/methods.md §7.7) or none. */
export const FalloutModelName = z.enum(["wseg-10", "none"]);

/** One shelter class of the fallout model: a share of the people and the protection factor of where they stay. */
export const ShelterClassInput = z.strictObject({
  /** Share of the population, 0–1 (the shares sum to 1). */
  share: z.number().min(0).max(1),
  /** Protection factor (outdoor dose / indoor dose), ≥ 1. */
  protectionFactor: z.number().min(1).max(100_000),
});

/**
 * Fallout of counterforce surface bursts (collateral), all optional (defaults in `DEFAULT_FALLOUT`,
 * `effects/fallout.ts`); `false` or `model: none` turns it off.
 */
export const FalloutInput = z.union([
  z.literal(false),
  z.strictObject({
    /** Fallout model. Default `wseg-10`. */
    model: FalloutModelName.optional(),
    /** Fission share of the yield, 0–1. Default 0.5. */
    fissionFraction: z.number().min(0).max(1).optional(),
    /** Direction the effective wind blows from, degrees clockwise from north. Default 270 (westerly). */
    windFromDeg: z.number().min(0).max(360).optional(),
    /** Effective fallout wind speed, km/h. Default 24.1 (15 mph). */
    windSpeedKmh: z.number().positive().max(500).optional(),
    /** Cross-wind shear, (km/h) per km of height. Default 1.21 (0.23 mph/kft). */
    windShearKmhPerKm: z.number().min(0).max(100).optional(),
    /** End of the exposure period, hours after the burst. Default 168 (one week). */
    exposureHours: z.number().min(1).max(8760).optional(),
    /** Shelter mix. Default 10 % PF 1, 50 % PF 3, 40 % PF 10. */
    shelter: z.array(ShelterClassInput).min(1).max(8).optional(),
    /** Free-in-air dose killing half the people without medical care, Gy. Default 4.5. */
    ld50Gy: z.number().positive().max(100).optional(),
    /** Log-normal spread of the lethal dose (σ of ln dose). Default 0.32. */
    sigmaLn: z.number().positive().max(5).optional(),
  }),
]);
export type FalloutInput = z.infer<typeof FalloutInput>;
//// burns and neighbouring places (issue 9, geo): one block ////

/**
 * Burns in the open (docs/methods.md §7.1): people in the open within the range of third-degree burns from an air
 * burst's thermal radiation, and not killed by blast, die with probability `fatality`. Defaults in
 * {@link DEFAULT_BURNS}; `exposedShare: 0` turns burns off.
 */
export const BurnsInput = z.strictObject({
  /** Share of people in the open (in line of sight of the fireball), 0–1. Default 0.07. */
  exposedShare: z.number().min(0).max(1).optional(),
  /** Share of those exposed, inside the third-degree range, who die, 0–1. Default 0.5. */
  fatality: z.number().min(0).max(1).optional(),
  /** Share of the yield radiated as heat (thermal partition), 0–1. Default 0.35. */
  thermalFraction: z.number().positive().max(1).optional(),
  /** Transmission length Λ of the atmospheric transmittance T = 1/(1 + D/Λ), km. Default 13 (a clear day). */
  transmissionKm: z.number().positive().max(100_000).optional(),
});
export type BurnsInput = z.infer<typeof BurnsInput>;

/** Burns assumptions with every default filled in. */
export interface Burns {
  exposedShare: number;
  fatality: number;
  thermalFraction: number;
  transmissionKm: number;
}

/**
 * Default burns assumptions (docs/methods.md §7.1):
 * - exposedShare 0.07: people spend about 87 % of their time in buildings and 6 % in vehicles, so about 7 % in the
 *   open (NHAPS, Klepeis et al. 2001 [klepeis-2001]), a time average for an attack at an unknown hour;
 * - fatality 0.5: flash burns cover the bare skin facing the burst; without modern burn care (overwhelmed after a
 *   nuclear attack) burns of 30–40 % of the body killed half the patients (lethal area 50 % of the 1940s, Cancio &
 *   Wolf [cancio-wolf-2020]), an estimate for burns at and inside the third-degree range;
 * - thermalFraction 0.35: about 35 % of an air burst's yield is emitted as thermal radiation (Glasstone & Dolan 1977,
 *   ch. 7 [glasstone-dolan-1977]);
 * - transmissionKm 13: T = 1/(1 + D/13 km) puts the third-degree range of a 1-Mt air burst at 12.0 km, of 20 kt at
 *   2.4 km and of 20 Mt at 35 km, against G&D's 12, 2.7 and 39 km for a clear day (fit of those three ranges).
 */
export const DEFAULT_BURNS: Readonly<Burns> = Object.freeze({
  exposedShare: 0.07,
  fatality: 0.5,
  thermalFraction: 0.35,
  transmissionKm: 13,
});

/**
 * The people outside the place table (docs/methods.md §7.8), spread over grid cells around the places; counterforce
 * collateral (blast and fallout) counts them. `true`: the defaults of `DEFAULT_RURAL` (`effects/rural.ts`); `false`
 * or omitted: off (the default until the exchange's collateral reads them faster: evaluate costs about 1.6 times more
 * with them, docs/methods.md §7.8).
 */
export const RuralInput = z.union([
  z.boolean(),
  z.strictObject({
    /** Cell size of the grid, degrees. Default 0.5. */
    cellDeg: z.number().min(0.05).max(5).optional(),
    /** A place's kernel length is the distance to its k-th nearest place. Default 3. */
    nearest: z.number().int().min(1).max(50).optional(),
    /** Smallest kernel length, km. Default 2. */
    minKernelKm: z.number().positive().max(1000).optional(),
    /** Largest kernel length, km. Default 100. */
    maxKernelKm: z.number().positive().max(1000).optional(),
    /** Exponent γ of a place's share of the residual (∝ population^γ). Default 0.5. */
    weightExponent: z.number().min(0).max(2).optional(),
  }),
]);
export type RuralInput = z.infer<typeof RuralInput>;

/** Effects assumptions of the population model, all optional (defaults in {@link DEFAULT_EFFECTS}). */
export const EffectsInput = z.strictObject({
  /** Burst height against places (countervalue). Default `optimum-air`. Counterforce collateral uses surface bursts. */
  burst: BurstHeight.optional(),
  /** Blast rings, any order (sorted by psi internally). Default OTA 1979: 12 psi 0.98, 5 psi 0.5, 2 psi 0.05. */
  rings: z.array(BlastRing).min(1).max(8).optional(),
  /** Optional mass-fire zone. Default none. */
  fireZone: FireZone.optional(),
  /** Clark scale length b of a place of 1 million people, km. Default 3.3 (estimate; validation cases fit 2.4–3.9). */
  scaleKmAtMillion: z.number().positive().max(100).optional(),
  /** Exponent β of b ∝ population^β. Default 5/12 ≈ 0.417 (urban area ∝ population^(5/6)). */
  scaleExponent: z.number().min(0).max(1).optional(),
  /** Smaller places within this many scale lengths of a larger one join its agglomeration. Default 3. */
  mergeScaleLengths: z.number().min(0).max(20).optional(),
  /** Fallout of counterforce surface bursts (collateral). Default on (WSEG-10); `false` turns it off. */
  fallout: FalloutInput.optional(),
  /** Burns in the open from an air burst's heat (defaults {@link DEFAULT_BURNS}). */
  burns: BurnsInput.optional(),
  /** A burst's rings also count the places of neighbouring agglomerations they cover. Default false. */
  neighbours: z.boolean().optional(),
  /** People outside the place table as rural cells in counterforce collateral (`true` or options). Default off. */
  rural: RuralInput.optional(),
});
export type EffectsInput = z.infer<typeof EffectsInput>;

/** Effects assumptions with every default filled in. */
export interface Effects {
  burst: BurstHeight;
  rings: BlastRing[];
  fireZone: { psi: number; fatality: number } | undefined;
  scaleKmAtMillion: number;
  scaleExponent: number;
  mergeScaleLengths: number;
  /** Fallout of counterforce surface bursts, or undefined when off. */
  fallout: FalloutParams | undefined;
  burns: Burns;
  neighbours: boolean;
  /** Rural cells (people outside the place table) in counterforce collateral, or undefined when off. */
  rural: RuralParams | undefined;
}

/**
 * Default effects assumptions, each documented in `docs/methods.md` §7 with its source:
 * - rings: OTA (1979) ch. II Figure 1 [ota-1979], the overpressure–casualty relationship of its Detroit and
 *   Leningrad cases: above 12 psi 98 % killed; 5–12 psi 50 %; 2–5 psi 5 % (1–2 psi: injuries only). Read in a
 *   reproduction (secondary); checked against Nagasaki's deaths by distance (docs/methods.md §7.6).
 * - burst: `optimum-air` against cities (Glasstone & Dolan 1977 §3.73 [glasstone-dolan-1977]: the height that
 *   maximises the ground range of a given overpressure), ranges from Brode's height-of-burst fit [brode-1986].
 * - density: Clark's negative-exponential profile D(r) = D0·e^(−r/b) [clark-1951], with b = 3.3 km · (P/10⁶)^(5/12):
 *   urban land area ∝ population^(5/6) [bettencourt-2013] (area ∝ b²; European profiles scale with P^(1/3)
 *   [lemoy-caruso-2020]). 3.3 km is an estimate, not a published constant (measured gradients vary widely
 *   between cities [bertaud-malpezzi-2003]): a 1-million city's central density is then near 15,000 per km², and
 *   the values that reproduce the published death figures of docs/methods.md §7.6 span 2.4–3.9 km (1.5–1.8 km for
 *   the South Asian cases, whose deaths include burns and fire).
 * - agglomeration: places within 3 scale lengths of a larger place join it (estimate).
 * - fallout: on, WSEG-10 with the defaults of `DEFAULT_FALLOUT` (docs/methods.md §7.7).
 * - rural: off (on, the people outside the place table count in counterforce collateral as grid cells, `DEFAULT_RURAL`;
 *   it makes evaluate about 1.6 times costlier, docs/methods.md §7.8).
 * - burns: {@link DEFAULT_BURNS}; neighbours: off (a burst's rings count only the agglomeration it is aimed at; on,
 *   they also count the places of nearby agglomerations they cover — it matters for multi-megaton yields and makes
 *   deriving a damage table about 13 times costlier, docs/methods.md §7.3).
 */
export const DEFAULT_EFFECTS: Readonly<Effects> = Object.freeze({
  burst: "optimum-air",
  rings: [
    { psi: 12, fatality: 0.98 },
    { psi: 5, fatality: 0.5 },
    { psi: 2, fatality: 0.05 },
  ],
  fireZone: undefined,
  scaleKmAtMillion: 3.3,
  scaleExponent: 5 / 12,
  mergeScaleLengths: 3,
  fallout: DEFAULT_FALLOUT,
  burns: DEFAULT_BURNS,
  neighbours: false,
  rural: undefined,
});

/**
 * Fill in the defaults of the effects assumptions; rings sorted from the highest overpressure (innermost) outwards.
 * @param input a party's `value.effects` (may be undefined)
 */
export function resolveEffects(input: EffectsInput | undefined): Effects {
  const rings = [...(input?.rings ?? DEFAULT_EFFECTS.rings)].sort((a, b) => b.psi - a.psi);
  return {
    burst: input?.burst ?? DEFAULT_EFFECTS.burst,
    rings,
    fireZone: input?.fireZone,
    scaleKmAtMillion: input?.scaleKmAtMillion ?? DEFAULT_EFFECTS.scaleKmAtMillion,
    scaleExponent: input?.scaleExponent ?? DEFAULT_EFFECTS.scaleExponent,
    mergeScaleLengths: input?.mergeScaleLengths ?? DEFAULT_EFFECTS.mergeScaleLengths,
    fallout: resolveFallout(input?.fallout),
    burns: {
      exposedShare: input?.burns?.exposedShare ?? DEFAULT_BURNS.exposedShare,
      fatality: input?.burns?.fatality ?? DEFAULT_BURNS.fatality,
      thermalFraction: input?.burns?.thermalFraction ?? DEFAULT_BURNS.thermalFraction,
      transmissionKm: input?.burns?.transmissionKm ?? DEFAULT_BURNS.transmissionKm,
    },
    neighbours: input?.neighbours ?? DEFAULT_EFFECTS.neighbours,
    rural: resolveRural(input?.rural ?? false),
  };
}

/**
 * Fill in the defaults of the rural assumptions; undefined when off (`false`).
 * @param input a party's `value.effects.rural` (`true` or undefined: the defaults; {@link resolveEffects} passes
 *   `false` when the scenario omits it)
 */
export function resolveRural(input: RuralInput | undefined): RuralParams | undefined {
  if (input === false) return undefined;
  const d = DEFAULT_RURAL;
  const o = input === true || input === undefined ? {} : input;
  return {
    cellDeg: o.cellDeg ?? d.cellDeg,
    nearest: o.nearest ?? d.nearest,
    minKernelKm: o.minKernelKm ?? d.minKernelKm,
    maxKernelKm: o.maxKernelKm ?? d.maxKernelKm,
    weightExponent: o.weightExponent ?? d.weightExponent,
  };
}

/**
 * Fill in the defaults of the fallout assumptions; undefined when fallout is off (`false` or `model: none`).
 * @param input a party's `value.effects.fallout` (may be undefined: the defaults)
 */
export function resolveFallout(input: FalloutInput | undefined): FalloutParams | undefined {
  if (input === false || (input && input.model === "none")) return undefined;
  const d = DEFAULT_FALLOUT;
  return {
    fissionFraction: input?.fissionFraction ?? d.fissionFraction,
    windFromDeg: input?.windFromDeg ?? d.windFromDeg,
    windSpeedKmh: input?.windSpeedKmh ?? d.windSpeedKmh,
    windShearKmhPerKm: input?.windShearKmhPerKm ?? d.windShearKmhPerKm,
    exposureHours: input?.exposureHours ?? d.exposureHours,
    shelter: (input?.shelter ?? d.shelter).map((x) => ({ ...x })),
    ld50Gy: input?.ld50Gy ?? d.ld50Gy,
    sigmaLn: input?.sigmaLn ?? d.sigmaLn,
  };
}

/** Fields of a party's `value` for choosing and configuring the value model (composed in `scenario.ts`). */
export const VALUE_MODEL_FIELDS = {
  /** Value model. Default `damage-curve` (needs `damageCurve`); `population` needs `country`. */
  model: ValueModelName.optional(),
  /** Country whose place table holds the party's population (population model). */
  country: CountryCode.optional(),
  /** Effects assumptions of the population model (defaults: {@link DEFAULT_EFFECTS}). */
  effects: EffectsInput.optional(),
};

/** Fields of a force site (composed with a `source` citation in `scenario.ts`; shape of `Site` in `geo/types.ts`). */
export const SITE_FIELDS = {
  /** Human name, e.g. "Malmstrom AFB (341st Missile Wing)". */
  name: z.string().min(1).max(200),
  /** Latitude, degrees north. */
  latDeg: z.number().min(-90, "latitude must be in [−90, 90]°").max(90, "latitude must be in [−90, 90]°"),
  /** Longitude, degrees east. */
  lonDeg: z.number().min(-180, "longitude must be in [−180, 180]°").max(180, "longitude must be in [−180, 180]°"),
  /** Share of the element's launchers at the site, 0–1; the shares of one element sum to 1. */
  share: z.number().min(0).max(1),
  /**
   * Separately targetable points in the site (silos of a field, shelters of a garrison), whole number 1–1,000.
   * Default 1: the site is one point. Only the counterforce collateral (blast and fallout) reads it: the site's
   * warheads are spread over points laid out in `radiusKm` (docs/methods.md §7.9); allocation stays per site.
   */
  aimPoints: z
    .number()
    .int("must be a whole number of aim points")
    .min(1, "must be ≥ 1")
    .max(1000, "must be ≤ 1,000")
    .optional(),
  /** Radius of the field holding the aim points, km, 0–300. Default 0 (one point). */
  radiusKm: z.number().min(0, "must be ≥ 0 km").max(300, "must be ≤ 300 km").optional(),
};

/** Tolerance on the sum of one element's site shares. */
export const SITE_SHARE_TOLERANCE = 1e-6;

/** The value model a party uses: its `model`, or `damage-curve` when absent. */
export function valueModelOf(value: { model?: ValueModelName | undefined }): ValueModelName {
  return value.model ?? "damage-curve";
}

/**
 * Cross-field checks of value models and sites: the population model names a country, which has a place table when
 * any tables are registered (where none are, `evaluate` reports the missing table instead); the damage-curve model
 * has a curve; one element's site shares sum to 1. Returns errors located by path.
 * @param s a scenario that passed the schema
 */
export function valueModelIssues(s: Scenario): Issue[] {
  const out: Issue[] = [];
  s.parties.forEach((p, pi) => {
    const at = ["parties", pi, "value"];
    const model = valueModelOf(p.value);
    if (model === "population" && p.value.country === undefined)
      out.push({
        code: "missing_field",
        path: [...at, "country"],
        message: "the population value model needs `country` (ISO 3166-1 alpha-2, e.g. RU)",
      });
    const country = p.value.country;
    if (
      model === "population" &&
      country !== undefined &&
      registeredCountries().length > 0 &&
      !registeredPlaceTable(country)
    )
      out.push({
        code: "missing_data",
        path: [...at, "country"],
        message: `no place table for country "${country}" (population value model)`,
        hint: `countries with place tables: ${registeredCountries().join(", ")}; or use a damage curve`,
      });
    if (model === "damage-curve" && p.value.damageCurve === undefined)
      out.push({
        code: "missing_field",
        path: [...at, "damageCurve"],
        message: "the damage-curve value model needs `damageCurve` (or set `model: population` and `country`)",
      });
    const fo = p.value.effects?.fallout;
    if (fo && fo.shelter) {
      const sum = fo.shelter.reduce((t, x) => t + x.share, 0);
      if (Math.abs(sum - 1) > SITE_SHARE_TOLERANCE)
        out.push({
          code: "inconsistent",
          path: [...at, "effects", "fallout", "shelter"],
          message: `shelter shares sum to ${sum.toPrecision(6)}; they must sum to 1`,
        });
    }
    p.forces.forEach((f, fi) => {
      const sites = f.basing.sites;
      if (!sites) return;
      const sum = sites.reduce((t, x) => t + x.share, 0);
      if (Math.abs(sum - 1) > SITE_SHARE_TOLERANCE)
        out.push({
          code: "inconsistent",
          path: ["parties", pi, "forces", fi, "basing", "sites"],
          message: `site shares sum to ${sum.toPrecision(6)}; they must sum to 1`,
        });
    });
  });
  return out;
}
