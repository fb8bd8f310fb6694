import { isPrintedGrade } from '../../domain/grade-scale.ts';
import { parsePrintedRate } from '../../domain/rate-format.ts';
import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { PrintedRate } from '../../domain/rate-format.ts';

/** A cell starting with its rate (「90.0%」, 「-5.0%」): no grade before it. */
const RATE_FIRST = /^\s*[-−▲△]?[\d０-９]/;

/**
 * A grade and a rate in one cell, either first (「A (90.0%)」, 「105%(A)」, 「◎ 105%」, 「Ａ\n105.0%」,
 * 「未達成（75.0%）」).
 */
const GRADE_AND_RATE =
  /^(\S{1,4}?)\s*[(（]?\s*(-?[\d.]+\s*%)\s*[)）]?$|^(-?[\d.]+\s*%)\s*[(（]?\s*(\S{1,4}?)\s*[)）]?$/;

/**
 * The rate a cell of a rate column prints, with the grade printed beside it in the same cell
 * (「A (90.0%)」: 90.0% and A), or alone (grade null); undefined when the cell prints no rate.
 */
export function rateCell(text: string): { rate: PrintedRate; grade: string | null } | undefined {
  const alone = parsePrintedRate(text);
  // A rate read past a word before it (「達成（105.0%）」) may have a grade there.
  if (alone && (RATE_FIRST.test(text) || !GRADE_AND_RATE.test(text.normalize('NFKC').trim())))
    return { rate: alone, grade: null };
  // The cheap test first: most cells that are no rate hold no % either.
  if (!text.includes('%') && !text.includes('％')) return undefined;
  const match = GRADE_AND_RATE.exec(text.normalize('NFKC').trim());
  if (!match) return alone ? { rate: alone, grade: null } : undefined;
  const grade = (match[1] ?? match[4] ?? '').replace(/\s+/g, '');
  const rate = parsePrintedRate(match[2] ?? match[3] ?? '');
  if (rate && isPrintedGrade(grade)) return { rate, grade };
  return alone ? { rate: alone, grade: null } : undefined;
}

/**
 * A cell that prints a rate with its percent sign (「95.0%」, 「95.0％」), as a line or a column of
 * rates does: a bare figure is no rate there.
 */
export const isPercentRate = (cell: string): boolean =>
  /[%％]/.test(cell) && parsePrintedRate(cell.normalize('NFKC')) !== undefined;

/**
 * A dash or word standing for no rate (「-」 where the target is 0t, 「- MWh」 where nothing was
 * measured: 循環型社会形成推進地域計画 改善計画書 B/A; 「※」 for a year with none yet): a gap in a
 * column or line of rates, not a cell that is no rate.
 */
export const isNoRateMark = (cell: string): boolean => {
  // The cheap test first: a rate cell holds a digit.
  if (/[0-9０-９]/.test(cell)) return false;
  const figure = parseDescribedFigure(cell)?.parsed.figure;
  return figure !== undefined && figure.value === null && figure.mark !== null;
};
