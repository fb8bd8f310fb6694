import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { formatFiscalYear } from '../../domain/fiscal-year.ts';
import type { Lang } from '../i18n/i18n.ts';

/** A fiscal year with its era and western forms together: "令和5年度（2023年度）", "FY2023 (R5)". */
export function yearLabel(year: FiscalYear, lang: Lang): string {
  return lang === 'en'
    ? `FY${year} (${formatFiscalYear(year, 'short')})`
    : `${formatFiscalYear(year, 'japanese')}（${year}）`;
}

/** A column heading for a year: "R5" in Japanese tables, "FY2023" in English. */
export function yearHeading(year: FiscalYear, lang: Lang): string {
  return lang === 'en' ? `FY${year}` : formatFiscalYear(year, 'short');
}
