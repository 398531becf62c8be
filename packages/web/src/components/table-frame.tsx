/**
 * The frame shared by the workbench's tables: a captioned section with header controls and a CSV download of the raw
 * (full-precision) values of every row, an optional note, and a scrollable, stackable table whose column headers are
 * right-aligned over numeric columns. The caller renders the body rows.
 */
import type { ReactNode } from "react";
import { download } from "../charts/chart-export.js";
import type { TableVm } from "../results/results-vm.js";
import { toCsv } from "../share/csv.js";

/** Per column of `table`: true when every raw value is a number (or null), so the column is right-aligned. */
export function numericColumns(table: TableVm): boolean[] {
  return table.columns.map(
    (_, j) => table.raw.length > 0 && table.raw.every((r) => typeof r[j] === "number" || r[j] === null),
  );
}

/** Props of {@link TableFrame}. */
export interface TableFrameProps {
  /** DOM id stem (the caption is `${id}-caption`) and test id of the section. */
  id: string;
  caption: string;
  table: TableVm;
  /** File name stem of the CSV download. */
  exportName: string;
  /** {@link numericColumns} of `table`. */
  numeric: readonly boolean[];
  /** Extra classes of the section (after `table-block`). */
  className?: string | undefined;
  /** True while newer results are being computed. */
  pending?: boolean | undefined;
  /** Controls shown in the header before the CSV button (e.g. a row filter). */
  controls?: ReactNode;
  /** Shown under the caption. */
  note?: ReactNode;
  /** Header cells before the column headers (for leading columns the caller adds to every row). */
  leadHeader?: ReactNode;
  /** The body rows. */
  children: ReactNode;
}

/** A captioned, scrollable table with CSV export; the caller renders the body rows. */
export function TableFrame({
  id,
  caption,
  table,
  exportName,
  numeric,
  className,
  pending,
  controls,
  note,
  leadHeader,
  children,
}: TableFrameProps) {
  return (
    <section
      className={`table-block${className ? ` ${className}` : ""}${pending ? " pending" : ""}`}
      aria-labelledby={`${id}-caption`}
      data-testid={id}
      aria-busy={pending ? true : undefined}
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
              {leadHeader}
              {table.columns.map((c, j) => (
                <th key={c} scope="col" className={numeric[j] ? "n" : undefined}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </section>
  );
}
