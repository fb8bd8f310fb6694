import type { GridRow } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { classifyHeader } from './column-role.ts';
import { rateNamedLines } from './rate-named-lines.ts';
import { rateCycleLines } from './rate-cycle-lines.ts';
import { LINE_WORD, lineWord } from './line-words.ts';
import { tableBlock } from './table-block.ts';
import { rateDivides } from './rate-divided-lines.ts';
import { isPercentRate } from './rate-cell.ts';

/** A line naming the rates under a KPI's row: 達成率, 進捗率, 達成度 (brackets and % aside). */
const RATE_WORD = /^(達成率|進捗率|達成度)$/;

const blank = (cell: string | undefined) => (cell ?? '').trim() === '';
/** A label naming a kind of figure (実績, 計画額, 基準値 …), not a KPI. */
const namesFigures = (label: string) =>
  LINE_WORD.test(lineWord(label)) || classifyHeader(label.trim()).role.kind !== 'other';

/**
 * The column naming the KPIs whose rate lines name themselves there, or -1: a rate line's word
 * is its first filled cell, so only that cell of each line is looked at (every table is asked).
 */
function rateWordColumn(body: readonly GridRow[]): number {
  for (const row of body) {
    let c = 0;
    while (c < row.cells.length && blank(row.cells[c])) c += 1;
    const cell = row.cells[c] ?? '';
    // The cheap tests first: few first cells are short and hold 達成 or 進捗.
    if (cell.length > 16 || !(cell.includes('達成') || cell.includes('進捗'))) continue;
    if (RATE_WORD.test(lineWord(cell))) return c;
  }
  return -1;
}

/** Whether a line is a rate line at column c: its word there, nothing before, rates after. */
function isRateLine(row: GridRow, c: number): boolean {
  if (!RATE_WORD.test(lineWord(row.cells[c] ?? ''))) return false;
  if (row.cells.slice(0, c).some((cell) => !blank(cell))) return false;
  const after = row.cells.slice(c + 1).filter((cell) => !blank(cell));
  return after.length > 0 && after.every(isPercentRate);
}

/**
 * A KPI's row followed by a line of its rates, the line named in the KPI names' column
 * (観光客数 520 548 560 … then 達成率 86.7% 91.3% 93.3% …, a line per KPI): each rate line joined
 * onto its KPI's row, its rates in columns of their own headed by the line's word and the
 * column's header (「達成率 H28」), so that each year's rate is that year's and the last the
 * KPI's; the line's word kept beside the KPI under 区分. Null unless every line naming a rate
 * there follows a KPI's row and holds rates only.
 */
export function joinRateLines(rows: readonly GridRow[]): TurnedTable | null {
  const block = tableBlock(rows);
  if (!block || block.body.length < 2) return null;
  const { header, body } = block;
  const c = rateWordColumn(body);
  if (c < 0) return null;
  // Each KPI's lines named alike by words no rule knows, one of them its rates (見通し / 到達 /
  // 達成率): one KPI's named lines, which the rates read (kpi-lines.ts), not measures of their own.
  if (rateNamedLines(body) !== null || rateCycleLines(body) !== null) return null;
  const joined: { kpi: GridRow; rates: GridRow | null }[] = [];
  for (const row of body) {
    const last = joined.at(-1);
    if (RATE_WORD.test(lineWord(row.cells[c] ?? ''))) {
      // A rate line under anything but a KPI's row (or a second one) is no such table; under a
      // line named by a kind of figure (実績, 計画額, 基準値) it is one of a KPI's named lines,
      // or a table turned on its side (いわき市), which other rewrites read.
      const above = last?.kpi.cells[c] ?? '';
      if (!last || last.rates !== null || blank(above) || namesFigures(above)) return null;
      if (!isRateLine(row, c)) return null;
      // Under two lines it divides one by the other (見積り額 / 到達額 / 達成率), it is the rate
      // of those figure lines, named by words no rule knows: a table on its side too.
      const before = joined.at(-2);
      if (before && before.rates === null && rateDivides(row, before.kpi, last.kpi) !== null)
        return null;
      last.rates = row;
    } else joined.push({ kpi: row, rates: null });
  }
  const withRates = joined.filter((j) => j.rates !== null);
  if (withRates.length === 0) return null;
  const width = Math.max(...[header, ...body].map((r) => r.cells.length));
  const values = Array.from({ length: width }, (_, v) => v).filter(
    (v) => v > c && withRates.some((j) => !blank(j.rates?.cells[v])),
  );
  const origins = new Origins();
  const out = origins.keepAll(block.above);
  const headerRow = out.length + 1;
  const words = withRates.map((j) => lineWord(j.rates?.cells[c] ?? ''));
  const word = words.every((w) => w === words[0]) ? (words[0] ?? '達成率') : '達成率';
  const made = new Set<number>();
  const headerCells = [
    ...Array.from({ length: width }, (_, i) => header.cells[i] ?? ''),
    '区分',
    ...values.map((v) => `${word} ${(header.cells[v] ?? '').trim()}`.trim()),
  ];
  header.cells.forEach((_, i) => origins.set(headerRow, i + 1, { row: header.row, column: i + 1 }));
  for (let i = width; i < headerCells.length; i += 1) made.add(i + 1);
  out.push({ row: headerRow, cells: headerCells });
  for (const { kpi, rates } of joined) {
    const row = out.length + 1;
    origins.keep(row, kpi);
    const own = Array.from({ length: width }, (_, i) => kpi.cells[i] ?? '');
    if (rates) {
      origins.set(row, width + 1, { row: rates.row, column: c + 1 });
      values.forEach((v, i) => origins.set(row, width + 2 + i, { row: rates.row, column: v + 1 }));
    }
    out.push({
      row,
      cells: [
        ...own,
        rates?.cells[c] ?? '',
        ...values.map((v) => (rates ? (rates.cells[v] ?? '') : '')),
      ],
    });
  }
  origins.append(out, block.below);
  return {
    rows: out,
    origin: origins.origin,
    headerRow: header.row,
    readAs: (column) => (column > width ? 'a rate line joined onto its KPI' : null),
    made: (row, column) => row === headerRow && made.has(column),
  };
}
