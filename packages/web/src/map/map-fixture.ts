/**
 * A fixed exchange with population effects (Russia strikes the United States first; the United States retaliates),
 * in the shape h9core's engine reports, for the map's unit tests and its browser test page. The figures are
 * illustrative, not model output: populations are GeoNames', warheads, yields, fatalities and ring radii are made up
 * to exercise the map.
 */
import type { PopulationStrike } from "@seceq/core";
import type { MapExchange } from "./map-vm.js";

const ON_US: PopulationStrike = {
  party: "us",
  country: "US",
  totalPopulation: 347_275_807,
  fatalities: 5_150_000,
  collateralFatalities: 250_000,
  share: 5_150_000 / 347_275_807,
  places: [
    {
      name: "New York City",
      latDeg: 40.714,
      lonDeg: -74.006,
      population: 8_175_133,
      warheads: 4,
      yieldKt: 800,
      fatalities: 3_900_000,
      radius5PsiKm: 4.9,
      radius2PsiKm: 9.8,
    },
    {
      name: "Los Angeles",
      latDeg: 34.052,
      lonDeg: -118.244,
      population: 3_971_883,
      warheads: 2,
      yieldKt: 800,
      fatalities: 800_000,
      radius5PsiKm: 4.9,
      radius2PsiKm: 9.8,
    },
    {
      name: "Chicago",
      latDeg: 41.85,
      lonDeg: -87.65,
      population: 2_720_546,
      warheads: 1,
      yieldKt: 100,
      fatalities: 200_000,
      radius5PsiKm: 2.4,
      radius2PsiKm: 4.8,
    },
  ],
};

const ON_RU: PopulationStrike = {
  party: "ru",
  country: "RU",
  totalPopulation: 143_997_393,
  fatalities: 4_300_000,
  collateralFatalities: 0,
  share: 4_300_000 / 143_997_393,
  places: [
    {
      name: "Moscow",
      latDeg: 55.752,
      lonDeg: 37.616,
      population: 10_381_222,
      warheads: 6,
      yieldKt: 455,
      fatalities: 3_500_000,
      radius5PsiKm: 4.1,
      radius2PsiKm: 8.1,
    },
    {
      name: "Saint Petersburg",
      latDeg: 59.939,
      lonDeg: 30.314,
      population: 5_028_000,
      warheads: 2,
      yieldKt: 100,
      fatalities: 800_000,
      radius5PsiKm: 2.4,
      radius2PsiKm: 4.8,
    },
  ],
};

/** Russia strikes the United States first (100 of 200 W87 warheads destroyed); the United States retaliates. */
export const FIXTURE_EXCHANGE: MapExchange = {
  striker: "ru",
  victim: "us",
  allocation: [{ weapon: "yars-mobile", target: "mm3-w87", warheads: 220, kills: 100 }],
  population: { onVictim: ON_US, onStriker: ON_RU },
};
