import { columnLetter } from '../../domain/column-letter.ts';
import type { GridRow } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { figureNumber } from './column-contents.ts';
import { headerStatesPercent } from './percent-header.ts';
import { tableBlock } from './table-block.ts';

/** A line that only dates the table (「2015(平成27)年4月1日現在」, 「令和5年3月末」): no title of it. */
const DATE_ONLY = /^[\d\s.・/()（）年月日度末時点現在平成令和昭和元HRS]*$/;

/**
 * The name the table's KPI is given: its title, the last line of words above it that is more
 * than a date; else the header of its share (「女性比率(%)」). With the place it is printed at.
 */
function kpiName(
  above: readonly GridRow[],
  header: GridRow,
  share: number,
): { text: string; row: number; column: number } {
  for (const line of [...above].reverse()) {
    const at = line.cells.findIndex((c) => c.trim() !== '');
    const text = (line.cells[at] ?? '').trim();
    if (at >= 0 && !DATE_ONLY.test(text.normalize('NFKC')))
      return { text, row: line.row, column: at + 1 };
  }
  // Its unit aside (「女性比率(%)」 → 女性比率): the share's %, not the KPI's figures'.
  const text = (header.cells[share] ?? '').replace(/\s*[(（][^()（）]*[)）]\s*$/, '').trim();
  return { text, row: header.row, column: share + 1 };
}

const BECAUSE = 'rewritten from a single row of figures: one KPI, named by the title or its share';

/**
 * A table of one row of figures and no column naming it (那珂川町 審議会等への女性の登用: 「審議会等数 |
 * … | 委員総数(人) | うち女性委員数(人) | 女性比率(%)」 over 「38 | 36 | 430人 | 144人 | 33.5%」): read as one
 * KPI, named by the title line above it (a line that only dates the table is none) or else by the
 * header of its share, so its figures and its share are read, the share checked against them. A
 * column of the header must name a share (its words, or a % in the header or the cell), and every
 * cell of the row be a figure. Null for any other table.
 */
export function readLoneFigureRow(rows: readonly GridRow[]): TurnedTable | null {
  const block = tableBlock(rows);
  if (!block || block.body.length !== 1) return null;
  const { header, above, below } = block;
  const [row] = block.body as [GridRow];
  const width = header.cells.length;
  if (width < 3 || row.cells.length > width) return null;
  if (header.cells.some((c) => c.trim() === '')) return null;
  if (!row.cells.every((c) => c.trim() !== '' && !Number.isNaN(figureNumber(c)))) return null;
  const share = header.cells.findIndex(
    (c, i) => headerStatesPercent(c) || /[%％]/.test(row.cells[i] ?? ''),
  );
  if (share < 0) return null;
  const name = kpiName(above, header, share);
  const origins = new Origins();
  const out = origins.keepAll(above);
  const top = out.length + 1;
  header.cells.forEach((_, c) => {
    origins.set(top, c + 2, { row: header.row, column: c + 1 });
    origins.set(top + 1, c + 2, { row: row.row, column: c + 1 });
  });
  origins.set(top, 1, { row: header.row, column: 1 });
  origins.set(top + 1, 1, { row: name.row, column: name.column });
  out.push({ row: top, cells: ['', ...header.cells] });
  out.push({ row: top + 1, cells: [name.text, ...row.cells] });
  origins.append(out, below);
  const fromTitle = name.row !== header.row;
  return {
    rows: out,
    origin: origins.origin,
    headerRow: header.row,
    // Each column after the name is the file's column before it.
    readAs: (c) => (c === 1 ? 'the title' : `column ${columnLetter(c - 1)}`),
    made: (r, c) => c === 1 && (r === top || (r === top + 1 && !fromTitle)),
    given: (r, c) => (r === top && c === 1 ? { role: 'kpi', because: BECAUSE } : null),
  };
}
