import type { GridRow } from '../grid.ts';
import { figureNumber } from './column-contents.ts';

/** A printed percentage: its value and decimals. */
export interface PrintedPercent {
  readonly value: number;
  readonly decimals: number;
}

const PERCENT = /^\s*(-?\d+(?:\.(\d+))?)\s*[%％]?\s*$/;

/**
 * A printed percentage (219.5%, 40.6％) or, where `bare` (its header names a rate or states %:
 * 「受 診 率」 over 36.1), a bare figure; null otherwise.
 */
export function printedPercent(cell: string | undefined, bare = false): PrintedPercent | null {
  // The cheap test first: a cell with no percent sign is no rate, unless its header says so.
  if (cell === undefined || (!bare && !cell.includes('%') && !cell.includes('％'))) return null;
  const m = PERCENT.exec(cell);
  return m ? { value: Number(m[1]), decimals: m[2]?.length ?? 0 } : null;
}

/** Whether a ratio in percent, rounded half up or cut off at the print's decimals, gives it. */
export function ratioGives(ratio: number, p: PrintedPercent): boolean {
  if (!Number.isFinite(ratio)) return false;
  const scale = 10 ** p.decimals;
  const units = Math.round(p.value * scale);
  const scaled = ratio * 100 * scale;
  return Math.floor(scaled + 0.5 + 1e-9) === units || Math.floor(scaled + 1e-9) === units;
}

/** A column of printed rates and the two columns whose ratio reproduces them. */
export interface RateColumns {
  readonly rate: number;
  /** The column divided: the result (実績). */
  readonly numerator: number;
  /** The column divided by: the plan (計画, 目標). */
  readonly denominator: number;
  readonly explained: number;
}

/** A dash or an empty cell: a row printing no figure there. */
const isGap = (cell: string | undefined) => /^[\s\-‐―—ー－]*$/.test(cell ?? '');

/**
 * Whether a column's cells, gaps aside, are all percentages (one at least): a column of rates.
 * The first column (the rows' labels) is never one.
 */
function ratesIn(rows: readonly GridRow[], c: number, bare: boolean): (PrintedPercent | null)[] {
  const rates: (PrintedPercent | null)[] = [];
  let found = 0;
  for (const row of rows) {
    const cell = row.cells[c];
    if (isGap(cell)) {
      rates.push(null);
      continue;
    }
    const p = printedPercent(cell, bare);
    if (p === null) return [];
    rates.push(p);
    found += 1;
  }
  return found === 0 ? [] : rates;
}

/**
 * The columns of a table's rows whose printed rates the ratio of two other columns reproduces in
 * most rows printing one (half up or cut off at the print's precision): read by the rates, whatever
 * the header words (大阪府 高齢者計画 「見積り | 到達 | 見積り比」, 「33万3811 | 32万1334 | 96.3%」:
 * 321,334 ÷ 333,811 = 96.3%). `bare` says which columns' headers state their figures are
 * percentages (「受 診 率」 over 36.1). For each rate column, the pair explaining the most rates,
 * the nearest left of it among as many. None when no column is such a rate: a table whose rates
 * nothing here explains is read by its words. Meant as a fallback where the words find no
 * header: it tries every pair of columns.
 */
export function rateExplainedColumns(
  rows: readonly GridRow[],
  bare: (column: number) => boolean = () => false,
): RateColumns[] {
  let width = 0;
  for (const row of rows) width = Math.max(width, row.cells.length);
  const figures = new Map<number, number[]>();
  const rateColumns = new Map<number, (PrintedPercent | null)[]>();
  for (let c = 1; c < width; c += 1) {
    const rates = ratesIn(rows, c, bare(c));
    if (rates.length > 0) rateColumns.set(c, rates);
    else
      figures.set(
        c,
        rows.map((r) => figureNumber(r.cells[c])),
      );
  }
  const found: RateColumns[] = [];
  for (const [rate, printed] of rateColumns) {
    const printing = printed.filter((p) => p !== null).length;
    let best: RateColumns | null = null;
    for (const [numerator, a] of figures)
      for (const [denominator, b] of figures) {
        if (numerator === denominator) continue;
        let explained = 0;
        printed.forEach((p, i) => {
          if (p !== null && ratioGives((a[i] ?? Number.NaN) / (b[i] ?? Number.NaN), p))
            explained += 1;
        });
        if (explained * 2 <= printing) continue;
        const here = { rate, numerator, denominator, explained };
        if (best === null || explained > best.explained) best = here;
        else if (explained === best.explained && distance(here) < distance(best)) best = here;
      }
    if (best !== null) found.push(best);
  }
  return found.sort((x, y) => x.rate - y.rate);
}

/** How far a rate's two columns stand left of it (right of it counting double). */
const distance = (r: RateColumns) =>
  [r.numerator, r.denominator].reduce(
    (d, c) => d + (c < r.rate ? r.rate - c : 2 * (c - r.rate)),
    0,
  );
