/**
 * A captioned table whose rows each open something (a button in the first column), with a CSV download of the raw,
 * full-precision values of every row (the page may list fewer rows than the CSV has).
 */
import { memo, type ReactNode } from "react";
import { download } from "../charts/chart-export.js";
import type { TableVm } from "../results/results-vm.js";
import { toCsv } from "../share/csv.js";

/** Props of {@link ActionTable}. */
export interface ActionTableProps {
  id: string;
  caption: string;
  table: TableVm;
  exportName: string;
  /** Open row `i` (index into `table.rows`). */
  onOpen: (i: number) => void;
  /** Accessible name of row i's button, e.g. "Open framework warheads 1,200 in the Workbench". */
  openLabel: (i: number) => string;
  /** Controls shown in the header (e.g. a row filter). */
  controls?: ReactNode;
  note?: ReactNode;
  disabled?: boolean;
  /** Extra class of the section (for column widths). */
  className?: string;
}

/** A table with an "Open" button per row and CSV export. */
export const ActionTable = memo(function ActionTable({
  id,
  caption,
  table,
  exportName,
  onOpen,
  openLabel,
  controls,
  note,
  disabled,
  className,
}: ActionTableProps) {
  const numeric = table.columns.map(
    (_, j) => table.raw.length > 0 && table.raw.every((r) => typeof r[j] === "number" || r[j] === null),
  );
  return (
    <section
      className={`table-block action-table${className ? ` ${className}` : ""}`}
      aria-labelledby={`${id}-caption`}
      data-testid={id}
    >
      <div className="chart-head">
        <h3 id={`${id}-caption`}>{caption}</h3>
        <div className="chart-tools">
          {controls}
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
              <th scope="col">
                <span className="sr-only">Open</span>
              </th>
              {table.columns.map((c, j) => (
                <th key={c} scope="col" className={numeric[j] ? "n" : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i}>
                <td>
                  <button
                    type="button"
                    className="open-button"
                    onClick={() => onOpen(i)}
                    aria-label={openLabel(i)}
                    disabled={disabled}
                  >
                    Open
                  </button>
                </td>
                {r.map((cell, j) => (
                  <td
                    key={j}
                    className={numeric[j] ? "n" : j === r.length - 1 ? "wide" : undefined}
                    data-label={table.columns[j]}
                  >
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});
