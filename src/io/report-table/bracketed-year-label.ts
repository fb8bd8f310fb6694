import { parseFiscalYear } from '../../domain/fiscal-year.ts';

/** A word of no digit, then a fiscal year in brackets: 「計画最終年度 (平成23年度)」. */
const WORD_THEN_YEAR = /^[^\d()]+\(([^()]+)\)$/;

/**
 * Whether a row label names a fiscal year, alone (平成19年度) or after a word saying which year
 * of the plan it is (津野町 財政健全化計画 推移表: 「計画最終年度 (平成23年度)」, 「計画前年度
 * (平成18年度)」).
 * @example namesYear('計画前年度 (平成18年度)') // true
 */
export function namesYear(label: string): boolean {
  const text = label.normalize('NFKC').replace(/\s+/g, '');
  if (parseFiscalYear(text) !== undefined) return true;
  const inner = WORD_THEN_YEAR.exec(text)?.[1];
  return inner !== undefined && parseFiscalYear(inner) !== undefined;
}

/**
 * Whether a year label names the year before the plan (計画前年度, 基準年度): its result is
 * where the plan starts, the baseline, not a year's actual.
 * @example beforePlan('計画前年度 (平成18年度)') // true
 */
export function beforePlan(label: string): boolean {
  return /計画前年度|基準年度/.test(label.normalize('NFKC').replace(/\s+/g, ''));
}
