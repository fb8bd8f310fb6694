import type { FiscalYear, FiscalYearContext } from '../../domain/fiscal-year.ts';
import { headerYear, withoutYears } from './column-role.ts';
import type { Column } from './header-map.ts';

/**
 * Columns grouped by year under words no rule knows (介護保険事業計画 「平成30年度 | 令和元年度」
 * over 「見込量 | 利用量 | 対見込比」 each): the printed rates settle the latest year's columns,
 * and each earlier year's columns of the same words are that year's plan and result alike, so
 * that the rates printed under them are checked too. `found` are the columns with the roles the
 * rates gave; a column of another year keeps what its header words give it unless it is one of
 * an earlier year under the same words as a column the rates read, whose role it takes with
 * its own year. Columns naming no year, and later years (a plan not yet measured), are left.
 */
export function sameWordsEachYear(
  header: readonly Column[],
  found: readonly Column[],
  context: FiscalYearContext,
): Column[] {
  const yearOf = (c: Column) => headerYear(c.label.replace(/\s+/g, ''), context);
  // Only where the rates read some column otherwise than its words did.
  if (found.every((c, i) => header[i]?.role.kind === c.role.kind)) return [...found];
  const byWords = new Map<string, { role: 'target' | 'actual'; year: FiscalYear }>();
  for (const c of found) {
    if (c.role.kind !== 'target' && c.role.kind !== 'actual') continue;
    const year = yearOf(c);
    if (year === null) continue;
    const words = withoutYears(c.label);
    const seen = byWords.get(words);
    if (seen === undefined || seen.year < year) byWords.set(words, { role: c.role.kind, year });
  }
  if (byWords.size === 0) return [...found];
  return found.map((c) => {
    const year = yearOf(c);
    const same = byWords.get(withoutYears(c.label));
    if (year === null || same === undefined || year >= same.year) return c;
    if (c.role.kind !== 'other') return c;
    const because = `read as the ${same.role} of its year, as the printed rates read the same words under a later year (the header words: ${c.because})`;
    return { ...c, role: { kind: same.role, fiscalYear: year }, because };
  });
}
