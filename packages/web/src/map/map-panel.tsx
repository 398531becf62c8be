/**
 * The strike map panel: the chosen strike of one exchange on a map (places struck with their damage rings, bases
 * with what survives), with pickers for the exchange and for whose territory is shown, and SVG/PNG export. Borders
 * load on first display.
 */
import { useEffect, useMemo, useState } from "react";
import type { Report, ScenarioInput } from "@seceq/core";
import { ChartFrame } from "../components/chart-frame.js";
import { loadBorders, type Borders } from "./borders.js";
import { mapChart } from "./map-chart.js";
import { MAP_VIEWS, mapVm, partyCountries, scenarioSites, type MapExchange, type MapView } from "./map-vm.js";

/** Props of {@link MapPanel}. */
export interface MapPanelProps {
  report: Report;
  /** The scenario being evaluated (for force sites and party countries). */
  scenario: ScenarioInput;
  /** Index of the exchange shown (shared with the draw-down chart). */
  exchangeIndex: number;
  setExchangeIndex: (i: number) => void;
  /** True while a newer core run is under way (the map then waits for its result); default never. */
  isBusy?: () => boolean;
}

/** Quiet time after the last change of the results before the map redraws, ms. */
export const SETTLE_MS = 250;

const VIEW_LABEL: Readonly<Record<MapView, string>> = {
  victim: "First strike",
  striker: "Retaliation",
  both: "Both strikes",
};

/** Render the strike map of the chosen exchange. */
export function MapPanel({ report, scenario, exchangeIndex, setExchangeIndex, isBusy }: MapPanelProps) {
  const [borders, setBorders] = useState<Borders | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<MapView>("victim");
  useEffect(() => {
    let live = true;
    loadBorders().then(
      (b) => live && setBorders(b),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  const index = Math.max(0, Math.min(exchangeIndex, report.exchanges.length - 1));
  const exchange = report.exchanges[index] as MapExchange | undefined;
  const sites = useMemo(() => scenarioSites(scenario), [scenario]);
  const names = useMemo(() => Object.fromEntries(report.parties.map((p) => [p.id, p.name])), [report]);
  // The map's inputs follow every run; its model (a tooltip per place struck, a few thousand formatted numbers) is
  // built only when the map redraws.
  const args = useMemo(
    () =>
      exchange
        ? {
            scenarioName: report.scenario.name,
            asOf: report.scenario.asOf,
            exchange,
            partyNames: names,
            partyCountries: partyCountries(scenario, exchange),
            sites,
            view,
          }
        : null,
    [exchange, report.scenario, names, scenario, sites, view],
  );
  // Redraw the map (about 0.1 s) only once the results settle: while a slider is dragged the other charts follow
  // every step, the map the last one.
  const [shown, setShown] = useState(() => ({ args, model: args ? mapVm(args) : null }));
  useEffect(() => {
    if (shown.args === args) return;
    // While the engine computes a newer value (a drag outrunning the engine), wait for it rather than draw this one.
    let t: ReturnType<typeof setTimeout>;
    const settle = () => {
      if (isBusy?.()) t = setTimeout(settle, SETTLE_MS);
      else setShown({ args, model: args ? mapVm(args) : null });
    };
    t = setTimeout(settle, SETTLE_MS);
    return () => clearTimeout(t);
  }, [args, shown.args, isBusy]);
  // Nothing drawn yet (no exchange before): draw the current one at once.
  const first = useMemo(() => (shown.model === null && args ? mapVm(args) : null), [shown.model, args]);
  const current = shown.model ?? first;
  const pending = shown.model !== null && shown.args !== args;
  const draw = useMemo(
    () => (current && borders ? (w: number) => mapChart(current, borders, w) : null),
    [current, borders],
  );

  if (error) return <p className="note">The map could not load its borders: {error}</p>;
  if (!draw || !current || !exchange) return <figure className="chart placeholder">Loading the map…</figure>;
  return (
    <ChartFrame
      id="strike-map"
      title="Strike map"
      draw={draw}
      exportName={`map-${exchange.striker}-${exchange.victim}-${view}`}
      caption={current.caption}
      pending={pending}
      controls={
        <>
          <label className="inline-select">
            <span className="sr-only">Exchange shown on the map</span>
            <select
              value={index}
              onChange={(e) => setExchangeIndex(Number(e.target.value))}
              aria-label="Exchange shown on the map"
              data-testid="map-exchange"
            >
              {report.exchanges.map((e, i) => (
                <option key={`${e.striker}-${e.victim}`} value={i}>
                  {names[e.striker] ?? e.striker} strikes {names[e.victim] ?? e.victim}
                </option>
              ))}
            </select>
          </label>
          <label className="inline-select">
            <span className="sr-only">Territory shown</span>
            <select
              value={view}
              onChange={(e) => setView(e.target.value as MapView)}
              aria-label="Territory shown on the map"
              data-testid="map-view"
            >
              {MAP_VIEWS.map((v) => (
                <option key={v} value={v}>
                  {VIEW_LABEL[v]}
                </option>
              ))}
            </select>
          </label>
        </>
      }
    />
  );
}
