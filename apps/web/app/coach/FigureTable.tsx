import type { CSSProperties, ReactNode } from 'react';

export interface FigureCell {
  value: ReactNode;
  style?: CSSProperties;
}

export interface FigureRow {
  key: string;
  /** The row's header (a stage, a coach, a month). */
  label: ReactNode;
  cells: readonly (ReactNode | FigureCell)[];
}

const th = 'px-3 py-2 text-left font-semibold text-slate-900';
const td = 'px-3 py-2 tabular-nums text-slate-800';

const isCell = (cell: ReactNode | FigureCell): cell is FigureCell =>
  typeof cell === 'object' && cell !== null && 'value' in cell;

/**
 * The figures behind a chart as a table (for screen readers, and for people who would rather read the
 * numbers): a header row, then one row per category with its header cell. Wide tables scroll on their
 * own, reachable by keyboard.
 */
export function FigureTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  /** Every column's header, the row headers' column first. */
  columns: readonly string[];
  rows: readonly FigureRow[];
}) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200">
            {columns.map((column) => (
              <th key={column} scope="col" className={th}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-100">
              <th scope="row" className={th}>
                {row.label}
              </th>
              {row.cells.map((cell, index) =>
                isCell(cell) ? (
                  <td key={index} className={td} style={cell.style}>
                    {cell.value}
                  </td>
                ) : (
                  <td key={index} className={td}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
