import { parsePrintedRate } from '../../domain/rate-format.ts';
import type { GridRow } from '../grid.ts';
import { figureNumber } from './column-contents.ts';
import { isNoRateMark, isPercentRate } from './rate-cell.ts';
import { LINE_WORD, lineWord } from './line-words.ts';
import { isUnreadable } from './table-reader.ts';
import { isPartOf } from './part-of-whole.ts';

/** The column naming a KPI's lines, the lines' words, how many rows the KPIs take. */
export interface NamedLines {
  readonly column: number;
  readonly lines: string[];
  readonly kpiRows: number;
  /** The words printed, where the lines are read as other words (予定 read as 計画). */
  readonly printed?: readonly (string | undefined)[];
  /** Each KPI's lines in the lines' order, where not every KPI prints every line. */
  readonly groups?: readonly (readonly GridRow[])[];
}

/** The words the lines are read as, by their place in the cycle the rates tell. */
const PLAN = '計画';
const RESULT = '実績';
const RATE = '達成率';

/**
 * A cell naming a kind of line, not a measure (世帯数, 単身世帯の割合: lines of their own, whose
 * shares `ratio-lines.ts` reads): a plan (予定, 見込, 目安), a result (結果, 実数), a rate (割合,
 * 比率), which of them the rates tell.
 */
const KIND_WORD =
  /^(?:予定|計画|目標|見込み?|想定|目安|結果|実施|実数|実際|成果|割合|比率|率|達成|進捗|進ちょく)(?:値|数|量|状況)?$/;
export const isLineName = (cell: string) =>
  KIND_WORD.test(cell.normalize('NFKC').replace(/\s+/g, ''));

/**
 * A short label that is no figure and no year (見通し, 到達, 見込数): a line's name by its place in
 * the cycle the KPIs repeat, where its words are none a rule knows.
 */
const isShortLabel = (cell: string): boolean => {
  const text = cell.trim();
  if (text === '' || text.length > SHORT_LABEL || /[0-9０-９]/.test(text)) return false;
  // A line's own word of a rate (達成率) names a line; another word naming what is counted or
  // shared (世帯数, 単身世帯の割合: ratio-lines.ts) is a measure of its own.
  return LINE_WORD.test(lineWord(text)) || !MEASURE_NAME.test(text);
};
const MEASURE_NAME = /の|[数量額率比者人件]$|割合$/;
const SHORT_LABEL = 8;

/**
 * A line's name, short and no figure, whatever its words. One that may name a measure (利用量,
 * 対見込比: a 介護保険事業計画's lines of each service) is a line's name here only where every KPI
 * repeats the lines alike and the rates tell the plan from the result, neither of them a part of
 * the other (世帯数 / 単身世帯数 / 割合 are lines of their own, ratio-lines.ts).
 */
export const isShortName = (cell: string): boolean => {
  const text = cell.trim();
  return text !== '' && text.length <= SHORT_LABEL && !/[0-9０-９]/.test(text);
};

/**
 * Whether a line's cells are all rates, one at least filled: a mark where a year has no rate
 * (「※」, 「-」) or a cell the copy lost (「?」) leaves the line one of rates.
 */
export function ratesOrGaps(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  return (
    filled.length > 0 && filled.every((c) => isPercentRate(c) || isNoRateMark(c) || isUnreadable(c))
  );
}
const isKindLabel = (cell: string) => isLineName(cell) || isShortLabel(cell);

/** A rate as printed, with its sign: 「95.0%」, 「95.0％」. */
const printedRate = (cell: string) =>
  isPercentRate(cell) ? parsePrintedRate(cell.normalize('NFKC')) : undefined;

/**
 * Lines named in a column of their own by words of a kind of line no rule reads a role from (予定 /
 * 結果 / 割合): each KPI over the same three lines, one of them all rates. Which of the other two is the
 * plan and which the result is what the rates say (the result over the plan), as for lines named
 * by their place alone: the lines, read so, and the names kept as printed. Null when the names do
 * not repeat alike for every KPI, no line or more than one is all rates, or the rates tell neither
 * way.
 */
export function rateNamedLines(body: readonly GridRow[]): NamedLines | null {
  const width = Math.max(0, ...body.map((r) => r.cells.length));
  for (let column = 1; column < width; column += 1) {
    const first = body[0]?.cells[column] ?? '';
    if (!isShortName(first)) continue;
    const words: string[] = [];
    for (const r of body) {
      const cell = (r.cells[column] ?? '').trim();
      if (!isShortName(cell)) break;
      words.push(cell);
    }
    // One KPI's lines, or the cycle the names repeat in.
    const again = words.indexOf(first.trim(), 1);
    const size = again < 0 ? words.length : again;
    if (size !== 3 || words.length % size !== 0) continue;
    if (!words.every((w, i) => w === words[i % size])) continue;
    // Words no rule knows as kinds of line name lines only where two KPIs or more repeat them
    // (見通し / 到達 / 達成率 over each KPI): one KPI's three lines may be measures of their own.
    if (words.length === size && !words.every(isLineName)) continue;
    const named = words.slice(0, size);
    const measures = !named.every(isKindLabel);
    // Names of measures (利用量) are a KPI's lines only where two KPIs or more repeat them.
    if (measures && words.length === size) continue;
    if (body.slice(words.length).some((r) => (r.cells[column] ?? '').trim() !== '')) continue;
    const lines = readLines(body.slice(0, words.length), column);
    if (lines === null) continue;
    const [plan, result] = [named[lines.indexOf(PLAN)] ?? '', named[lines.indexOf(RESULT)] ?? ''];
    if (measures && (isPartOf(plan, result) || isPartOf(result, plan))) continue;
    return { column, lines, kpiRows: words.length, printed: named };
  }
  return null;
}

/** The three lines' words by the rates: the rate line, and the plan under the result's ratio. */
function readLines(rows: readonly GridRow[], column: number): string[] | null {
  // The KPI's name on its first line only, left of the names' column.
  const named = (r: GridRow | undefined) =>
    (r?.cells ?? []).slice(0, column).some((c) => c.trim() !== '');
  const rateLines = new Set<number>();
  let planFirst = 0;
  for (let g = 0; g < rows.length; g += 3) {
    const group = [rows[g], rows[g + 1], rows[g + 2]];
    if (!named(group[0]) || named(group[1]) || named(group[2])) return null;
    const allRates = group.map((r) => ratesOrGaps((r?.cells ?? []).slice(column + 1)));
    const rate = allRates.indexOf(true);
    if (rate < 0 || allRates.lastIndexOf(true) !== rate) return null;
    rateLines.add(rate);
    const [a, b] = group.filter((_, i) => i !== rate);
    const rates = group[rate];
    if (!a || !b || !rates) return null;
    for (let i = column + 1; i < rates.cells.length; i += 1) {
      const printed = printedRate(rates.cells[i] ?? '');
      if (!printed) continue;
      const [x, y] = [figureNumber(a.cells[i]), figureNumber(b.cells[i])];
      const percent = Number.parseFloat(printed.text);
      const near = (v: number) => Math.abs(v * 100 - percent) < 10 ** -printed.decimals;
      // Equal figures tell neither way (100 of 100 either way round).
      const [planThen, resultThen] = [near(y / x), near(x / y)];
      if (planThen && !resultThen) planFirst += 1;
      else if (resultThen && !planThen) planFirst -= 1;
    }
  }
  const [rate] = [...rateLines];
  if (!rows.some((r, i) => i % 3 === rate && r.cells.some(isPercentRate))) return null;
  if (rateLines.size !== 1 || rate === undefined || planFirst === 0) return null;
  const pair = planFirst > 0 ? [PLAN, RESULT] : [RESULT, PLAN];
  const lines = [...pair];
  lines.splice(rate, 0, RATE);
  return lines;
}
