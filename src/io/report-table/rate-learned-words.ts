import type { GridRow } from '../grid.ts';
import { rateExplainedColumns } from './rate-explained-columns.ts';

/** The roles a table's own words take where its printed rates show what they name. */
export type LearnedWords = ReadonlyMap<string, 'actual' | 'target'>;

export const NO_WORDS_LEARNED: LearnedWords = new Map();

/** A year in a header cell, with a dash before it (「-25年度」, 「平成27年度」, 「R5」). */
const YEAR = /[-‐－]?\s*(?:令和|平成|昭和|[HRS])?\s*(?:\d{1,4}|元)\s*年度?/g;

/**
 * A header cell's words with its year and brackets taken out: 「-25年度 (到達)」 and 「26年度
 * (到達)」 are both 「到達」, one kind of figure in two years.
 */
export const wordsBesideYear = (cell: string): string =>
  cell
    .normalize('NFKC')
    .replace(YEAR, '')
    .replace(/[()（）\s]/g, '');

/**
 * What the words of a table of blocks name, read off the printed rates of the blocks printing
 * them (事務事業評価 sheets whose headers say 「27年度 見通し(見積り)値 | 25年度 (到達) | … | 進捗率」 in
 * words no rule knows): the words over the column a block's rates divide are the result's, those
 * over the column they divide by the plan's, in every block and year they head. Words taken
 * both ways are left out. Empty when no block's rates are reproduced.
 */
export function wordsByRates(
  sections: readonly { readonly header: GridRow; readonly rows: readonly GridRow[] }[],
): LearnedWords {
  const learned = new Map<string, 'actual' | 'target'>();
  const both = new Set<string>();
  const learn = (cell: string | undefined, role: 'actual' | 'target') => {
    const words = wordsBesideYear(cell ?? '');
    if (words === '') return;
    if (learned.has(words) && learned.get(words) !== role) both.add(words);
    learned.set(words, role);
  };
  for (const { header, rows } of sections)
    for (const r of rateExplainedColumns(rows)) {
      learn(header.cells[r.numerator], 'actual');
      learn(header.cells[r.denominator], 'target');
    }
  for (const words of both) learned.delete(words);
  return learned;
}
