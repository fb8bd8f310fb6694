import { decimal } from '../../domain/decimal.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { PrintedTarget } from './kpi-draft.ts';

/** A character every target word holds (ゼロ, 皆無, 半減, 倍増). */
const WORD_START = /[ゼ皆半倍]/;

/**
 * A target written as a word of what to make of the baseline: 「ゼロ」 (none left: 0), 「半減」
 * (half of it cut: a cut of 50%), 「倍増」 (as much again: a rise of 100%). Tenths, 「2割削減」, are a
 * figure's unit (`placeTarget` in `group-cell-placement.ts`). Null for any other cell: a figure,
 * or words that name no target.
 */
export function wordTarget(text: string, fiscalYear: FiscalYear | null): PrintedTarget | null {
  // The cheap test first: this runs on every target cell, most of them figures.
  if (!WORD_START.test(text)) return null;
  const word = text.normalize('NFKC').replace(/\s+/g, '');
  const percent = (value: string) => ({
    kind: 'value' as const,
    value: decimal(value),
    fiscalYear,
  });
  if (isNoneWord(word)) return { kind: 'level', target: percent('0') };
  if (word === '半減') return { kind: 'reduction', target: percent('50'), percent: true };
  if (word === '倍増') return { kind: 'rise', target: percent('100'), percent: true };
  return null;
}

/** ゼロ or 皆無, with a counter or not (「ゼロ件」). */
const NONE_WORD = /^(?:ゼロ|皆無)(?:件|人|回|箇所|か所)?$/;

/**
 * Whether a cell says none in a word, 「ゼロ」 or 「皆無」: a target of 0 (above), and where a result
 * or a baseline would be, the figure 0 (ごみ 審議会 ③ 最終処分量 「ゼロ」 under 平成 29 年度 現状).
 */
export function isNoneWord(text: string): boolean {
  // The cheap test first: most cells are figures.
  if (!WORD_START.test(text)) return false;
  return NONE_WORD.test(text.normalize('NFKC').replace(/\s+/g, ''));
}
