import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { formatFiscalYear } from '../../domain/fiscal-year.ts';
import type { Column, HeaderMap } from './header-map.ts';

/**
 * Years a header tells from the report year: 「前年度実績」 (the year before), 「次年度目標」 (the
 * year after). 今年度 / 本年度 need nothing: a column naming no year is the report year's.
 */
const RELATIVE: readonly (readonly [RegExp, number])[] = [
  // Not 「計画前年度」, the year before the plan (its baseline).
  [/(?<!計画)(?:前年度|前年(?!比|度比|同期比))|昨年度/, -1],
  [/次年度|翌年度|来年度/, 1],
];

/** A cheap test first: most headers name no year from the report year. */
const ANY = /前年|昨年度|次年度|翌年度|来年度/;

/**
 * The columns whose header names no year but one told from the report year (前年度実績 beside
 * 今年度実績): that year, so that last year's figure is no second figure of this year's.
 * Rates (対前年度比) keep their reading. A header with none comes back as it is.
 */
export function withRelativeYears(header: HeaderMap, year: FiscalYear): HeaderMap {
  if (!header.columns.some((c) => ANY.test(c.label))) return header;
  return { ...header, columns: header.columns.map((c) => relativeYear(c, year)) };
}

function relativeYear(column: Column, year: FiscalYear): Column {
  const { role } = column;
  if (!('fiscalYear' in role) || role.fiscalYear !== null) return column;
  const label = column.label.normalize('NFKC').replace(/\s+/g, '');
  for (const [words, offset] of RELATIVE) {
    const word = words.exec(label)?.[0];
    if (word === undefined) continue;
    const fiscalYear = (year + offset) as FiscalYear;
    return {
      ...column,
      role: { ...role, fiscalYear },
      because: `${column.because}; "${word}": ${formatFiscalYear(fiscalYear)}, told from the report year`,
    };
  }
  return column;
}
