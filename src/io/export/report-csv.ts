import type { PlanReport } from '../../domain/plan-report.ts';
import { groupDecimal } from '../../domain/digit-grouping.ts';
import { neutralizeText } from './cell-safety.ts';
import type { CsvEncoding } from './csv-bytes.ts';
import { csvTextBytes } from './csv-bytes.ts';
import type { LayoutCell } from './report-layout.ts';
import { reportLayout } from './report-layout.ts';

const NOWHERE = { kpi: null, field: '' } as const;

function csvText(cell: LayoutCell): string {
  if (cell === null) return '';
  switch (cell.kind) {
    case 'text':
      return neutralizeText(cell.text);
    case 'number':
      return groupDecimal(cell.value);
    case 'figure':
    case 'rate':
      return cell.text;
  }
}

/**
 * The report as printed, as CSV (report-layout.ts): what `mieruka check` and `import` read
 * back. Figures keep their printed form ("296,121", "2(1)", "-"); text cells are neutralized.
 * @example const bytes = reportCsv(buildPlanReport(plan, fiscalYear(2023)), 'shift_jis');
 */
export function reportCsv(
  report: PlanReport,
  encoding: CsvEncoding,
  filter: string | null = null,
): Uint8Array {
  const { rows } = reportLayout(report, filter);
  return csvTextBytes(
    rows.map((row) => row.map(csvText)),
    encoding,
    (r, c) => rows[r]?.[c]?.place ?? NOWHERE,
  );
}
