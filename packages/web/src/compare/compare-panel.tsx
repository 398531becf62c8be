/**
 * The compare view: preset, pinned and current scenarios side by side, and every setting that differs from the preset.
 */
import { useMemo } from "react";
import type { Report, ScenarioInput } from "@seceq/core";
import { download } from "../charts/chart-export.js";
import { toCsv } from "../share/csv.js";
import { compareVm, type CompareColumn, type DiffRow } from "./compare-vm.js";

/** Props of {@link ComparePanel}. */
export interface ComparePanelProps {
  presetName: string | null;
  baseline: ScenarioInput | null;
  baselineReport: Report | null;
  pinned: ScenarioInput | null;
  pinnedReport: Report | null;
  input: ScenarioInput;
  report: Report | null;
  /** Why `report` is not the current scenario's own (see `currentColumnNote`), or undefined. */
  reportNote?: string | undefined;
  onPin: () => void;
  onUnpin: () => void;
}

function DiffList({ id, title, rows, empty }: { id: string; title: string; rows: DiffRow[]; empty: string }) {
  return (
    <section className="table-block" aria-labelledby={`${id}-h`} data-testid={id}>
      <div className="chart-head">
        <h3 id={`${id}-h`}>
          {title} <span className="muted">({rows.length})</span>
        </h3>
        <div className="chart-tools">
          <button
            type="button"
            onClick={() =>
              download(
                `${id}.csv`,
                toCsv(
                  ["Setting", "Path in the scenario file", "Preset", "Now"],
                  rows.map((r) => [r.label, r.path, r.before, r.after]),
                ),
                "text/csv",
              )
            }
            aria-label={`Download ${title} as CSV`}
          >
            CSV
          </button>
        </div>
      </div>
      {rows.length === 0 ? (
        <p className="note">{empty}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} aria-label={`${title} (scrollable)`}>
          <table className="stackable">
            <thead>
              <tr>
                <th scope="col">Setting</th>
                <th scope="col">Preset</th>
                <th scope="col">Now</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.path}>
                  <th scope="row" title={r.path}>
                    {r.label}
                  </th>
                  <td data-label="Preset">{r.before}</td>
                  <td data-label="Now">{r.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Render the compare view. */
export function ComparePanel(p: ComparePanelProps) {
  const vm = useMemo(() => {
    const cols: CompareColumn[] = [];
    if (p.baseline)
      cols.push({ key: "preset", title: `Preset${p.presetName ? `: ${p.presetName}` : ""}`, report: p.baselineReport });
    if (p.pinned) cols.push({ key: "pinned", title: "Pinned (modified)", report: p.pinnedReport });
    cols.push({ key: "current", title: "Current", report: p.report, ...(p.reportNote ? { stale: p.reportNote } : {}) });
    return compareVm(cols, { preset: p.baseline, pinned: p.pinned, current: p.input });
  }, [p.baseline, p.baselineReport, p.pinned, p.pinnedReport, p.input, p.report, p.presetName, p.reportNote]);

  return (
    <div className="compare" data-testid="compare">
      <div className="compare-actions">
        <button type="button" onClick={p.onPin} data-testid="pin">
          Pin current as “modified”
        </button>
        {p.pinned ? (
          <button type="button" onClick={p.onUnpin}>
            Unpin
          </button>
        ) : null}
        <span className="note">
          Pin a version, keep editing, and compare the preset, the pinned version and the current one.
        </span>
      </div>
      <div className="table-scroll" tabIndex={0} aria-label="Side-by-side comparison (scrollable)">
        <table className="compare-table stackable" data-testid="compare-table">
          <caption className="sr-only">Side-by-side comparison of the preset, pinned and current scenarios</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              {vm.columns.map((c) => (
                <th scope="col" key={c.key} className={c.stale ? "stale" : undefined}>
                  {c.title}
                  {c.stale ? <span className="stale-tag"> ({c.stale})</span> : null}
                </th>
              ))}
              {vm.changeHeader ? <th scope="col">{vm.changeHeader}</th> : null}
            </tr>
          </thead>
          <tbody>
            {vm.rows.flatMap((r, i) => {
              const out = [];
              if (i === 0 || vm.rows[i - 1]!.group !== r.group) {
                out.push(
                  <tr key={`g-${r.group}`} className="group-row">
                    <th scope="colgroup" colSpan={vm.columns.length + 2}>
                      {r.group}
                    </th>
                  </tr>,
                );
              }
              out.push(
                <tr key={r.key + r.group} data-metric={r.key}>
                  <th scope="row">{r.label}</th>
                  {r.values.map((v, i) => (
                    <td
                      key={i}
                      className={vm.columns[i]?.stale ? "stale" : undefined}
                      data-label={vm.columns[i]?.title}
                    >
                      {v}
                    </td>
                  ))}
                  {vm.changeHeader ? (
                    <td className={r.tone === "neutral" ? undefined : r.tone} data-label={vm.changeHeader}>
                      {r.delta}
                    </td>
                  ) : null}
                </tr>,
              );
              return out;
            })}
          </tbody>
        </table>
      </div>
      <DiffList
        id="diff-current"
        title="Settings changed from the preset (current)"
        rows={vm.currentDiff}
        empty={
          p.baseline
            ? "The current scenario matches the preset."
            : "No preset to compare with (imported or shared scenario)."
        }
      />
      {p.pinned ? (
        <DiffList
          id="diff-pinned"
          title="Settings changed from the preset (pinned)"
          rows={vm.pinnedDiff}
          empty="The pinned scenario matches the preset."
        />
      ) : null}
    </div>
  );
}
