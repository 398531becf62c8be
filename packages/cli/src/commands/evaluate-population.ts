/**
 * The population section of `seceq evaluate`'s human output: per exchange, the share of each party's population
 * killed at the chosen strike (blast, and fallout of counterforce surface bursts; population value model), and the places
 * hit hardest.
 */
import type { Report } from "@seceq/core";
import { table } from "../io/output.js";

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const mio = (x: number) => `${(x / 1e6).toFixed(1)} M`;

/**
 * Render the population section, or an empty list when no exchange carries population effects.
 * @param r the report
 */
export function renderPopulation(r: Report): string[] {
  const rows = r.exchanges.filter((e) => e.population);
  if (rows.length === 0) return [];
  const out = [
    "",
    "POPULATION AT THE CHOSEN STRIKE (blast fatalities, plus fallout of counterforce bursts; population value model)",
  ];
  out.push(
    table(
      [
        "striker→victim",
        "victim killed",
        "share",
        "of which collateral (blast + fallout)",
        "striker killed",
        "share",
        "places hit hardest",
      ],
      rows.map((e) => {
        const v = e.population!.onVictim;
        const s = e.population!.onStriker;
        return [
          `${e.striker}→${e.victim}`,
          mio(v.fatalities),
          pct(v.share),
          v.collateralFalloutFatalities
            ? `${mio(v.collateralFatalities)} (${mio(v.collateralBlastFatalities ?? 0)} + ${mio(v.collateralFalloutFatalities)})`
            : mio(v.collateralFatalities),
          mio(s.fatalities),
          pct(s.share),
          v.places
            .slice(0, 3)
            .map((p) => `${p.name} ${Math.round(p.warheads)}×${Math.round(p.yieldKt)} kt`)
            .join(", "),
        ];
      }),
    ),
  );
  return out;
}
