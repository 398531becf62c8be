/**
 * A captioned table whose rows each open something (a button in the first column), with a CSV download of the raw,
 * full-precision values of every row (the page may list fewer rows than the CSV has).
 */
import { memo, type ReactNode } from "react";
import type { TableVm } from "../results/results-vm.js";
import { numericColumns, TableFrame } from "./table-frame.js";

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
  const numeric = numericColumns(table);
  return (
    <TableFrame
      id={id}
      caption={caption}
      table={table}
      exportName={exportName}
      numeric={numeric}
      className={`action-table${className ? ` ${className}` : ""}`}
      controls={controls}
      note={note}
      leadHeader={
        <th scope="col">
          <span className="sr-only">Open</span>
        </th>
      }
    >
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
    </TableFrame>
  );
});
