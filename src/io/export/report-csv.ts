import type { PlanReport } from '../../domain/plan-report.ts';
import { neutralizeText } from './cell-safety.ts';
import type { CsvEncoding } from './csv-bytes.ts';
import { csvTextBytes } from './csv-bytes.ts';
import type { LayoutCell } from './report-layout.ts';
import { reportLayout } from './report-layout.ts';

const NOWHERE = { kpi: null, field: '' } as const;

/** "296121" → "296,121", "-1234.5" → "-1,234.5": digits grouped as the printed table has them. */
export function groupDigits(value: string): string {
  // A loop, not a look-ahead regex: it runs on every figure of a 1,000-KPI export (bench).
  const point = value.indexOf('.');
  const whole = point < 0 ? value : value.slice(0, point);
  const sign = whole.startsWith('-') ? 1 : 0;
  if (whole.length - sign <= 3) return value;
  const head = sign + ((whole.length - sign) % 3 || 3);
  let grouped = whole.slice(0, head);
  for (let i = head; i < whole.length; i += 3) grouped += `,${whole.slice(i, i + 3)}`;
  return point < 0 ? grouped : grouped + value.slice(point);
}

function csvText(cell: LayoutCell): string {
  if (cell === null) return '';
  switch (cell.kind) {
    case 'text':
      return neutralizeText(cell.text);
    case 'number':
      return groupDigits(cell.value);
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
