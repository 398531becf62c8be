/**
 * A captioned table from a {@link TableVm} with a CSV download of the raw (full-precision) values.
 */
import { memo, type ReactNode } from "react";
import type { TableVm } from "../results/results-vm.js";
import { numericColumns, TableFrame } from "./table-frame.js";

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
  const numeric = numericColumns(table);
  return (
    <TableFrame
      id={id}
      caption={caption}
      table={table}
      exportName={exportName}
      numeric={numeric}
      pending={pending}
      note={note}
    >
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
    </TableFrame>
  );
});
