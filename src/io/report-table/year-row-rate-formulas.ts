import type { GridRow } from '../grid.ts';
import type { RateFormulaLetters } from './column-role.ts';
import type { CellOrigin, GivenRole, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { classifyHeader, columnLetterMark } from './column-role.ts';
import { tableBlock } from './table-block.ts';
import { yearLabels } from './year-rows-kpis.ts';

/** The cheap test first: a formula of letters needs a slash or a division sign. */
const DIVISION = /[/÷／]/;

/** A unit in brackets closing a header (「認可面積A(ha)」, 「汚水処理量F (千m3)」), not a letter's own. */
const UNIT_AFTER = /\s*[(（][^()（）]*[)）]\s*$/;

/** The unit a header states in brackets at its end (「汚水処理量F (千m3)」: 千m3); '' for none. */
const statedUnit = (label: string) =>
  /[(（]\s*([^()（）\s]+)\s*[)）]\s*$/.exec(label.normalize('NFKC'))?.[1] ?? '';

/**
 * The letter a header names its column by, before the unit it states: 「認可面積A(ha)」 → a,
 * 「有収水量G (千m3)」 → g, 「事業費 (B)」 → b. Null for a header with no letter.
 */
export function unitLetter(label: string): string | null {
  const own = columnLetterMark(label);
  if (own !== null) return own;
  const bare = label.normalize('NFKC').replace(UNIT_AFTER, '');
  return bare === label.normalize('NFKC') ? null : columnLetterMark(bare);
}

/** A rate column and the columns its formula's letters name: its actual over its plan. */
interface LetteredRate {
  readonly rate: number;
  readonly actual: number;
  readonly plan: number;
}

/**
 * The rates of a header that state their formulas by letters (「整備率 B/A(%)」), each with the one
 * column each letter names. Null when no rate states a formula, or a letter names no column or
 * more than one.
 */
function letteredRates(header: GridRow): LetteredRate[] | null {
  const letters = new Map<string, number[]>();
  const formulas: { column: number; formula: RateFormulaLetters }[] = [];
  header.cells.forEach((cell, c) => {
    if (c === 0 || cell.trim() === '') return;
    const role = DIVISION.test(cell) ? classifyHeader(cell).role : null;
    if (role?.kind === 'rate' && role.formula !== null) {
      formulas.push({ column: c, formula: role.formula });
      return;
    }
    const letter = unitLetter(cell);
    if (letter !== null) letters.set(letter, [...(letters.get(letter) ?? []), c]);
  });
  if (formulas.length === 0) return null;
  const one = (letter: string) => {
    const columns = letters.get(letter) ?? [];
    return columns.length === 1 ? (columns[0] ?? null) : null;
  };
  const rates: LetteredRate[] = [];
  for (const { column, formula } of formulas) {
    const actual = one(formula.numerator);
    const plan = one(formula.denominator);
    if (actual === null || plan === null) return null;
    rates.push({ rate: column, actual, plan });
  }
  return rates;
}

const BECAUSE = 'rewritten from rows of years: each rate named by its formula’s letters';
const ROLES: readonly GivenRole['role'][] = ['target', 'actual', 'rate'];

/**
 * Years as rows and measures across, among them rates that state their formula by letters over
 * the columns they divide (宮代町 公共下水道: 「年度 | 認可面積A(ha) | 処理区域面積B(ha) | 整備率
 * B/A(%) | … | 普及率 D/C(%) | …」 over 「平成17年度 | 353.4 | 310.3 | 87.8 | …」): turned so that each
 * rate is a KPI, named by its header, and each year a group of three columns, the column its
 * denominator's letter names read as the plan, its numerator's as the actual, and the rate, so
 * every year's printed rate is checked. A column that no formula names and is no rate is a KPI of
 * its own, its figures each year's actual. Two years or more, every row a year, every column
 * headed, and every letter naming one column of the header. Null for any other table.
 */
export function turnYearRowRateFormulas(rows: readonly GridRow[]): TurnedTable | null {
  const block = tableBlock(rows);
  if (!block) return null;
  const { header, body, above, below } = block;
  if (body.length < 2 || !header.cells.some((c) => DIVISION.test(c))) return null;
  const rates = letteredRates(header);
  if (rates === null) return null;
  const width = header.cells.length;
  if (header.cells.some((c) => c.trim() === '') || body.some((r) => r.cells.length > width))
    return null;
  const years = yearLabels(body.map((r) => r.cells[0] ?? ''));
  if (years === null) return null;
  const named = new Set(rates.flatMap((r) => [r.rate, r.actual, r.plan]));
  const alone = header.cells.flatMap((_, c) => (c > 0 && !named.has(c) ? [c] : []));
  const origins = new Origins();
  const copies = new Map<string, CellOrigin[]>();
  const out = origins.keepAll(above);
  const top = out.length + 1;
  origins.set(top, 1, { row: header.row, column: 1 });
  body.forEach((r, i) => {
    for (let k = 0; k < 3; k += 1) origins.set(top, 3 + i * 3 + k, { row: r.row, column: 1 });
  });
  // A column of units the headers state (「処理区域面積B(ha)」: ha), made: the rate's own (%) is
  // not its figures'.
  out.push({ row: top, cells: [header.cells[0] ?? '', '', ...years.flatMap((y) => [y, y, y])] });
  // The headers of the columns the rates divide are read with the first year's plan and actual.
  const slot = (k: number, columns: readonly number[]) =>
    copies.set(
      `${top}:${3 + k}`,
      [...new Set(columns)].map((c) => ({ row: header.row, column: c + 1 })),
    );
  slot(
    0,
    rates.map((r) => r.plan),
  );
  slot(
    1,
    rates.map((r) => r.actual),
  );
  const line = (name: number, figures: number, columns: readonly (number | null)[]) => {
    const at = out.length + 1;
    origins.set(at, 1, { row: header.row, column: name + 1 });
    const cells = [header.cells[name] ?? '', statedUnit(header.cells[figures] ?? '')];
    body.forEach((r, i) =>
      columns.forEach((c, k) => {
        if (c !== null) origins.set(at, 3 + i * 3 + k, { row: r.row, column: c + 1 });
        cells.push(c === null ? '' : (r.cells[c] ?? ''));
      }),
    );
    out.push({ row: at, cells });
  };
  for (const r of rates) line(r.rate, r.actual, [r.plan, r.actual, r.rate]);
  for (const c of alone) line(c, c, [null, c, null]);
  const lines = rates.length + alone.length;
  origins.append(out, below);
  return {
    rows: out,
    origin: origins.origin,
    headerRow: header.row,
    readAs: (column) =>
      column <= 2
        ? 'the header'
        : `the ${(body[Math.floor((column - 3) / 3)]?.cells[0] ?? '').trim()} row`,
    made: (row, column) => column === 2 && row >= top && row < top + 1 + lines,
    given: (row, column) => {
      if (row !== top) return null;
      const role = column === 1 ? 'kpi' : column === 2 ? 'unit' : ROLES[(column - 3) % 3];
      return role ? { role, because: BECAUSE } : null;
    },
    copies: (row, column) => copies.get(`${row}:${column}`) ?? [],
  };
}
