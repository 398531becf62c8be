/**
 * A captioned table from a {@link TableVm} with a CSV download of the raw (full-precision) values.
 */
import { memo, type ReactNode } from "react";
import { download } from "../charts/chart-export.js";
import type { TableVm } from "../results/results-vm.js";
import { toCsv } from "../share/csv.js";

/** Props of {@link DataTable}. */
export interface DataTableProps {
  id: string;
  caption: string;
  table: TableVm;
  exportName: string;
  /** Per-row class names (e.g. status styling). */
  rowClass?: (i: number) => string | undefined;
  /** Per-row tooltips. */
  rowTitle?: (i: number) => string | undefined;
  /** Shown under the caption. */
  note?: ReactNode;
  pending?: boolean;
  /** Render a cell (row i, column j) other than as its text, e.g. a link or a badge. */
  renderCell?: (i: number, j: number, text: string) => ReactNode;
}

/** A table with CSV export (re-rendered only when its props change). */
export const DataTable = memo(function DataTable({
  id,
  caption,
  table,
  exportName,
  rowClass,
  rowTitle,
  note,
  pending,
  renderCell,
}: DataTableProps) {
  // Right-align columns whose raw values are numbers.
  const numeric = table.columns.map(
    (_, j) => table.raw.length > 0 && table.raw.every((r) => typeof r[j] === "number" || r[j] === null),
  );
  return (
    <section
      className={`table-block${pending ? " pending" : ""}`}
      aria-labelledby={`${id}-caption`}
      data-testid={id}
      aria-busy={pending ? true : undefined}
    >
      <div className="chart-head">
        <h3 id={`${id}-caption`}>{caption}</h3>
        <div className="chart-tools">
          <button
            type="button"
            onClick={() => download(`${exportName}.csv`, toCsv(table.columns, table.raw), "text/csv")}
            aria-label={`Download ${caption} as CSV`}
          >
            CSV
          </button>
        </div>
      </div>
      {note ? <p className="note">{note}</p> : null}
      <div className="table-scroll" tabIndex={0} aria-label={`${caption} (scrollable)`}>
        <table className="stackable">
          <thead>
            <tr>
              {table.columns.map((c, j) => (
                <th key={c} scope="col" className={numeric[j] ? "n" : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i} className={rowClass?.(i)} title={rowTitle?.(i)}>
                {r.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {renderCell ? renderCell(i, j, cell) : cell}
                    </th>
                  ) : (
                    <td key={j} className={numeric[j] ? "n" : undefined} data-label={table.columns[j]}>
                      {renderCell ? renderCell(i, j, cell) : cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
