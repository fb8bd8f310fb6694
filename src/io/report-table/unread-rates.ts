import { NONE_REPRODUCED } from '../../domain/import-problem-kind.ts';
import type { GridRow } from '../grid.ts';
import type { ImportProblem } from '../import-problem.ts';
import type { ImportedKpi } from '../imported-report.ts';
import { namesYearOnYear } from './column-role.ts';
import type { HeaderMap } from './header-map.ts';
import { isPercentRate } from './rate-cell.ts';

/** A header naming a ratio or a degree (到達度, 充足率, 実現度, …比): what a rate column says. */
const RATE_LIKE = /率|比|度|割合/;
/**
 * A change or a share, kept as printed for what it is (西尾市 「(対16年度 伸率)」, 構成比, a
 * share of the whole): no plan's rate to be read.
 */
const CHANGE_OR_SHARE = /伸び?率|増減|変化|変動|構成|シェア|占める|内訳/;

/**
 * A column of percentages headed as a rate (「到達度」, 「充足率」) that nothing read as the KPIs'
 * rates: no KPI prints a rate, none a year's, and no reading of the figures reproduced them, so
 * they are kept as printed. Said as a 'rate' problem, never a silent success that checks
 * nothing; none where a KPI prints a rate, or no such column holds two percentages or more.
 */
export function unreadRates(
  file: string,
  header: HeaderMap,
  headerRow: number,
  data: readonly GridRow[],
  kpis: readonly ImportedKpi[],
): ImportProblem[] {
  if (kpis.some((k) => k.printedRate !== null || k.yearRates.length > 0)) return [];
  const column = header.columns.find((c) => {
    if (c.role.kind !== 'other' || namesYearOnYear(c.label)) return false;
    const label = c.label.normalize('NFKC');
    if (!RATE_LIKE.test(label) || CHANGE_OR_SHARE.test(label)) return false;
    let percents = 0;
    for (const row of data) {
      const cell = (row.cells[c.index] ?? '').trim();
      if (cell === '') continue;
      if (!isPercentRate(cell)) return false;
      percents += 1;
    }
    return percents >= 2;
  });
  if (column === undefined) return [];
  return [
    {
      kind: 'rate',
      file,
      row: headerRow,
      column: column.index + 1,
      message: `column ${column.index + 1} ("${column.label}") prints percentages that ${NONE_REPRODUCED} as its KPIs' rates: kept as printed, none checked; set its role by hand (--column, or the import page) if they are the rates`,
    },
  ];
}
