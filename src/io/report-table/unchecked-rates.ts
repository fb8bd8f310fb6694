import { NONE_CHECKED } from '../../domain/import-problem-kind.ts';
import type { ImportProblem } from '../import-problem.ts';
import type { ImportedKpi } from '../imported-report.ts';
import type { HeaderMap } from './header-map.ts';

/**
 * Rates a table prints with nothing to reckon them against (戸田市 上下水道事業会計: 執行額 and
 * 執行率, the budget not printed): no KPI printing a rate has a target, a yearly plan or a
 * baseline, so no printed rate can be checked. Said once, as a 'rate' problem, rather than left
 * to each KPI's reason: the figures are imported as printed, unproved. Empty otherwise.
 */
export function uncheckedRates(
  file: string,
  header: HeaderMap,
  headerRow: number,
  kpis: readonly ImportedKpi[],
): ImportProblem[] {
  const printing = kpis.filter((k) => k.printedRate !== null);
  if (printing.length === 0) return [];
  const against = ({ kpi }: ImportedKpi) =>
    kpi.target !== null || kpi.baseline !== null || kpi.milestones.length > 0;
  if (printing.some(against)) return [];
  const rate = header.columns.find((c) => c.role.kind === 'rate');
  const where = rate === undefined ? '' : ` ("${rate.label}", column ${rate.index + 1})`;
  return [
    {
      kind: 'rate',
      file,
      row: headerRow,
      column: (rate?.index ?? 0) + 1,
      message: `the table prints ${printing.length} rates${where} but no target, yearly plan or baseline they are reckoned against: ${NONE_CHECKED}, and the figures are read as printed`,
    },
  ];
}
