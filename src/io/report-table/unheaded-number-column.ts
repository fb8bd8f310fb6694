import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';
import { printedNumber } from './number-column.ts';
import { isUnreadable } from './table-reader.ts';
import { planHeadingLevel } from './plan-heading.ts';

/**
 * The KPIs' numbers printed in a column of their own where the header names only one of the two
 * columns, read as the KPIs' codes (as a 「No.」 column's are) with the names beside them:
 * - a column with no header word left of the KPI names (a 福岡県 city's 農業 goals: 「 | 評価指標」
 *   over 「1 | ○市が認定した…」), marked as numbering the rows;
 * - a KPI column holding numbers alone (みなかみ町 地域福祉: 「成果指標名 | 」 over 「A | 地域で支え合う
 *   福祉活動を…」), or numbers after its own header word (地域再生計画 事後評価調書: 「指標 | 」 over
 *   「指標1 | 汚水処理人口普及率の向上」), the names in the column right of it with no header word:
 *   the names are the KPI column, the numbers their codes.
 * - with no column the header words take for the KPIs', the first column holding numbers and
 *   the second the names, neither with a header word (つくば市 図書館 評価結果, its header lost in
 *   the copy: 「1-1 | 所蔵資料点数 | 350,000点 | …」): the names are the KPI column, the numbers
 *   their codes.
 * Every non-empty sampled cell of the numbers must be one, two of them at least, none twice; of
 * a table of one KPI row, its number 1 (a 町 総合戦略 検証's first 事業, 「1 | 雇用促進奨励金事業…」).
 * A header cell lost in the copy (「?」) is no header word.
 */
export function withUnheadedNumberColumn(
  columns: readonly Column[],
  sample: readonly GridRow[],
): readonly Column[] {
  const kpi = columns.find((c) => c.role.kind === 'kpi');
  if (kpi === undefined) return namesAfterNumbers(columns, sample);
  const names = columns[kpi.index + 1];
  if (names && unheaded(names) && numbersRows(kpi, sample, kpi.label) && namesRows(names, sample)) {
    const because = `the KPI names beside their numbers under "${kpi.label.trim()}"`;
    return columns.map((c) =>
      c === kpi
        ? { ...c, role: { kind: 'other' }, numbersRows: true }
        : c === names
          ? { ...c, role: { kind: 'kpi' }, because }
          : c,
    );
  }
  const slots = slotColumn(columns, sample);
  if (slots !== null) return slots;
  const numbering = columns
    .slice(0, kpi.index)
    .reverse()
    .find((c) => unheaded(c) && numbersRows(c, sample));
  if (numbering === undefined) return columns;
  return columns.map((c) => (c === numbering ? { ...c, numbersRows: true } : c));
}

/** With no KPI column: the first column numbers, the second names beside them, both unheaded. */
function namesAfterNumbers(
  columns: readonly Column[],
  sample: readonly GridRow[],
): readonly Column[] {
  const [numbers, names] = columns;
  if (!numbers || !names || !unheaded(numbers) || !unheaded(names)) return columns;
  if (!numbersRows(numbers, sample) || !namesRows(names, sample)) return columns;
  const because = 'the KPI names beside their numbers, no header word over either';
  return columns.map((c) =>
    c === numbers
      ? { ...c, numbersRows: true as const }
      : c === names
        ? { ...c, role: { kind: 'kpi' as const }, because }
        : c,
  );
}

/**
 * A later column the words take for the KPIs' whose cells are its own word and a number counted
 * afresh under each project (坂井市 地方創生先行型 結果報告: 「指標」 under 「本事業における重要業績評価指標
 * (KPI)」 over 「指標① | 首都圏での坂井市の認知度」, 「指標② | …」, then 「指標①」 again), the KPIs'
 * names in the column right of it with no header word: those are the names, the slots kept as
 * printed. Null where no such column is.
 */
function slotColumn(columns: readonly Column[], sample: readonly GridRow[]): Column[] | null {
  const slots = columns.find((c, i) => {
    const names = columns[i + 1];
    return (
      c.role.kind === 'kpi' &&
      names !== undefined &&
      unheaded(names) &&
      slotsRows(c, sample) &&
      namesRows(names, sample)
    );
  });
  if (slots === undefined) return null;
  const because = `the KPI names beside their slots under "${ownWord(slots).trim()}"`;
  const groups = groupNumbers(columns.slice(0, slots.index), slots, sample);
  return columns.map((c) =>
    c === groups
      ? {
          ...c,
          groupsRows: true as const,
          because:
            "the projects' numbers, printed on each project's first KPI only: not the KPIs' codes",
        }
      : c === slots
        ? {
            ...c,
            role: { kind: 'other' as const },
            because: "the KPIs' slots, counted afresh in each project",
          }
        : c.index === slots.index + 1
          ? { ...c, role: { kind: 'kpi' as const }, because }
          : c,
  );
}

/**
 * A column left of the slots whose numbers are printed only on the lines where the slots count
 * afresh (坂井市 結果報告: 「No」 2 beside 「指標①」, empty beside 「指標②」): each number a project's,
 * printed on its first KPI, not a KPI's code (else the KPIs left unnumbered would be given the
 * next projects' numbers). Undefined where no such column is, or none of its lines is left empty.
 */
function groupNumbers(
  before: readonly Column[],
  slots: Column,
  sample: readonly GridRow[],
): Column | undefined {
  const word = ownWord(slots).normalize('NFKC').replace(/\s+/g, '');
  const first = (row: GridRow) => {
    const rest = (row.cells[slots.index] ?? '').trim().slice(word.length).trim();
    return Number(circled(rest) ?? printedNumber(rest) ?? NaN) === 1;
  };
  return before.find((c) => {
    if (c.role.kind !== 'other') return false;
    let printed = 0;
    let left = 0;
    for (const row of sample) {
      if ((row.cells[slots.index] ?? '').trim() === '') continue;
      const cell = (row.cells[c.index] ?? '').trim();
      if (cell === '') left += first(row) ? 0 : 1;
      else if (printedNumber(cell) === null || !first(row)) return false;
      else printed += 1;
    }
    return printed >= 2 && left >= 1;
  });
}

/** A column's own word, less the spanning header over it (「本事業における…(KPI)」 over 「指標」). */
const ownWord = (c: Column) =>
  c.block !== '' && c.label !== c.block && c.label.startsWith(c.block)
    ? c.label.slice(c.block.length)
    : c.label;

/**
 * Whether every filled cell is the column's own word and a number, each number 1 or one more
 * than the one above it (「指標①」, 「指標②」, 「指標①」), two of them at least, one counted afresh.
 */
function slotsRows(column: Column, sample: readonly GridRow[]): boolean {
  const word = ownWord(column).normalize('NFKC').replace(/\s+/g, '');
  if (word === '') return false;
  let previous = 0;
  let afresh = 0;
  let count = 0;
  for (const row of sample) {
    const cell = (row.cells[column.index] ?? '').trim();
    if (cell === '') continue;
    if (!cell.startsWith(word)) return false;
    const rest = cell.slice(word.length).trim();
    const number = Number(circled(rest) ?? printedNumber(rest) ?? NaN);
    if (!Number.isInteger(number)) return false;
    if (number === 1) afresh += count > 0 ? 1 : 0;
    else if (number !== previous + 1) return false;
    previous = number;
    count += 1;
  }
  return count >= 2 && afresh >= 1;
}

const unheaded = (c: Column) =>
  c.role.kind === 'other' && (c.label.trim() === '' || isUnreadable(c.label.trim()));

/** A circled number (①…⑳) read as its number. */
const circled = (cell: string): string | null =>
  /^[\u2460-\u2473]$/u.test(cell) ? String(cell.charCodeAt(0) - 0x2460 + 1) : null;

/**
 * Whether the column's cells number the rows, each a number or one after the column's own header
 * word (地域再生計画 事後評価調書 「指標」 over 「指標1」, 「指標2」; 「指標①」), none twice. A line
 * of one cell naming a level of the plan between them (住生活基本計画 「目標2 住宅の適正な管理及び再生」
 * over 「9 | リフォーム…」) heads the numbered rows under it: no row of the list.
 */
function numbersRows(column: Column, sample: readonly GridRow[], word = ''): boolean {
  const seen = new Set<string>();
  const prefix = word.normalize('NFKC').replace(/\s+/g, '');
  for (const row of sample) {
    let cell = (row.cells[column.index] ?? '').trim();
    if (cell === '' || isHeadingLine(row)) continue;
    if (prefix !== '' && cell.startsWith(prefix)) cell = cell.slice(prefix.length).trim();
    const number = printedNumber(cell) ?? circled(cell);
    if (number === null || seen.has(number)) return false;
    seen.add(number);
  }
  return seen.size >= 2 || (sample.length === 1 && seen.has('1'));
}

/** A line of one cell naming a level of the plan (「目標1 …」, 「基本目標2 …」). */
function isHeadingLine(row: GridRow): boolean {
  const filled = row.cells.filter((cell) => cell.trim() !== '');
  return filled.length === 1 && planHeadingLevel(filled[0] ?? '') !== null;
}

/** Names: some cell holds a text of four characters or more that is no figure (not a unit, 人). */
const namesRows = (column: Column, sample: readonly GridRow[]) =>
  sample.some((row) => {
    const cell = (row.cells[column.index] ?? '').trim();
    return cell.length >= 4 && printedNumber(cell) === null && !/^[\d,.%\s]+$/.test(cell);
  });
