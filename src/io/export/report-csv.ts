import type { PlanReport } from '../../domain/plan-report.ts';
import { neutralizeText } from './cell-safety.ts';
import type { CsvCell, CsvEncoding } from './csv-bytes.ts';
import { csvBytes } from './csv-bytes.ts';
import type { LayoutCell } from './report-layout.ts';
import { reportLayout } from './report-layout.ts';

const NOWHERE = { kpi: null, field: '' } as const;

/** "296121" → "296,121", "-1234.5" → "-1,234.5": digits grouped as the printed table has them. */
export function groupDigits(value: string): string {
  const [whole = '', fraction] = value.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function csvCell(cell: LayoutCell): CsvCell {
  if (cell === null) return { text: '', place: NOWHERE };
  switch (cell.kind) {
    case 'text':
      return { text: neutralizeText(cell.text), place: cell.place };
    case 'number':
      return { text: groupDigits(cell.value), place: cell.place };
    case 'figure':
    case 'rate':
      return { text: cell.text, place: cell.place };
  }
}

/**
 * The report as printed, as CSV (report-layout.ts): what `mieruka check` and `import` read
 * back. Figures keep their printed form ("296,121", "2(1)", "-"); text cells are neutralized.
 * @example const bytes = reportCsv(buildPlanReport(plan, fiscalYear(2023)), 'shift_jis');
 */
export function reportCsv(report: PlanReport, encoding: CsvEncoding): Uint8Array {
  return csvBytes(
    reportLayout(report).rows.map((row) => row.map(csvCell)),
    encoding,
  );
}
