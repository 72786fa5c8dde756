import Table from 'cli-table3';
import { fitColumns } from './fit-columns.js';
import { displayWidth, wrapText } from './layout.js';

export interface TableStyle {
  color: boolean;
  bold: (text: string) => string;
}

/**
 * A table laid out for `width` columns: at its natural size when it fits, else with its cells wrapped on word
 * boundaries into narrower columns, and when even that cannot fit, as one `header: value` block per row. No cell is
 * ever cut short.
 */
export function layoutTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  width: number,
  style: TableStyle,
): string {
  const colWidths = fitColumns([head, ...rows], width);
  if (colWidths === null) return tableAsBlocks(head, rows, width, style);
  const fit = (cells: readonly string[]) =>
    colWidths ? cells.map((cell, i) => wrapText(cell, Math.max((colWidths[i] ?? 3) - 2, 1))) : [...cells];
  const table = new Table({
    head: fit(head),
    ...(colWidths ? { colWidths } : {}),
    style: { head: style.color ? ['bold'] : [], border: style.color ? ['grey'] : [] },
  });
  table.push(...rows.map(fit));
  return table.toString();
}

function tableAsBlocks(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  width: number,
  style: TableStyle,
): string {
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const label = `${head[i] ?? `column ${i + 1}`}: `;
          const hanging = ' '.repeat(Math.min(displayWidth(label), 4));
          return wrapText(`${style.bold(label)}${cell}`, width, { hanging });
        })
        .join('\n'),
    )
    .join('\n\n');
}
