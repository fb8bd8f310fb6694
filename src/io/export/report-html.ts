import { gradeLegendLines } from '../../domain/grade-legend.ts';
import { cutPercents } from '../../domain/grade-scale.ts';
import type { PublishedEvaluation } from '../../domain/evaluation.ts';
import { DIRECTION_NAMES, LEVEL_NAMES } from '../../domain/evaluation.ts';
import { formatFiscalYear } from '../../domain/fiscal-year.ts';
import type { GradeScale } from '../../domain/grade-scale.ts';
import type { PlanReport, ReportRow } from '../../domain/plan-report.ts';
import { groupDecimal } from '../../domain/digit-grouping.ts';
import type { ColumnKind, LayoutCell } from './report-layout.ts';
import { reportLayout } from './report-layout.ts';

/** What the print page says besides the report: the day it was made, as YYYY-MM-DD. */
export interface ReportHtmlOptions {
  readonly generatedOn: string;
  /** The table's filters in words, when the report holds only the KPIs they keep. */
  readonly filter?: string | null;
  /** The year's published evaluations (issue 21), printed under each KPI's narrative. */
  readonly evaluations?: readonly PublishedEvaluation[];
}

/** A KPI's published evaluation as lines under its narrative: 「一次評価：B おおむね順調」. */
function evaluationLines(evaluations: readonly PublishedEvaluation[]): string {
  if (evaluations.length === 0) return '';
  const items = evaluations.map((e) => {
    const meaning = e.meaning === null ? '' : ` ${e.meaning}`;
    const direction =
      e.direction === null ? '' : `（今後の方向性：${DIRECTION_NAMES[e.direction]}）`;
    return `<span>${escapeHtml(`${LEVEL_NAMES[e.level]}：${e.grade}${meaning}${direction}`)}</span>`;
  });
  return `<div class="evaluations">${items.join('')}</div>`;
}

/** Every text goes through here: the report holds what departments typed. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

const FONT = `'Noto Sans CJK JP', 'Noto Sans JP', sans-serif`;

function cellText(cell: LayoutCell): string {
  if (cell === null) return '';
  return cell.kind === 'number' ? groupDecimal(cell.value) : cell.text;
}

const lines = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

/** "2026-12-01" → "2026年12月1日". */
function japaneseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** A ≥ 100%, B ≥ 80%, C ≥ 60%, D < 60%: the plan's own scale, as the legend under the title. */
export function gradeLegend(scale: GradeScale): string[] {
  const labels = scale.grades.map((grade) => grade.label);
  return gradeLegendLines(labels, cutPercents(scale)).map((line) =>
    line.kind === 'from'
      ? `${line.grade}: ${line.cut}%以上`
      : line.kind === 'below'
        ? `${line.grade}: ${line.cut}%未満`
        : `${line.grade}: それ以外`,
  );
}

/** The columns a KPI's group spans as one cell (the plan tree, its own fields). */
const SPANNED: ReadonlySet<ColumnKind> = new Set([
  'kpi',
  'baseline',
  'unit',
  'target',
  'rate',
  'narrative',
]);

const CLASS: Record<ColumnKind, string> = {
  policy: 'tree',
  theme: 'tree',
  kpi: 'kpi',
  department: 'dept',
  baseline: 'num',
  unit: 'unit',
  counting: 'unit',
  plan: 'num',
  actual: 'num',
  target: 'num',
  rate: 'num rate',
  narrative: 'narrative',
};

function headRows(
  report: PlanReport,
  columns: readonly ColumnKind[],
  head: readonly (readonly LayoutCell[])[],
): string {
  const [top = [], under = []] = head;
  const first: string[] = [];
  columns.forEach((kind, index) => {
    if (kind === 'actual' || kind === 'plan') {
      if (columns[index - 1] !== kind) {
        first.push(
          `<th colspan="${report.years.length}">${lines(cellText(top[index] ?? null))}</th>`,
        );
      }
      return;
    }
    first.push(`<th rowspan="2" class="h-${kind}">${lines(cellText(top[index] ?? null))}</th>`);
    if (kind === 'rate') first.push('<th rowspan="2" class="h-grade">評価</th>');
  });
  const second = columns
    .map((kind, index) =>
      kind === 'actual' || kind === 'plan'
        ? `<th>${lines(cellText(under[index] ?? null))}</th>`
        : '',
    )
    .join('');
  return `<tr>${first.join('')}</tr><tr>${second}</tr>`;
}

/**
 * One KPI's rows as a `tbody` kept on one page where it fits; the policy and theme are printed
 * on every KPI so a page that breaks inside a policy still says where it is in the plan.
 */
function kpiGroup(
  row: ReportRow,
  columns: readonly ColumnKind[],
  body: readonly (readonly LayoutCell[])[],
  evaluations: readonly PublishedEvaluation[],
): string {
  const span = body.length;
  const tree = {
    policy: `${row.policy.number} ${row.policy.name}`,
    theme:
      `${row.theme.number} ${row.theme.name}` +
      (row.theme.actionItems.length > 0 ? ` (${row.theme.actionItems.join('.')})` : ''),
  };
  const rows = body.map((cells, r) => {
    const tds: string[] = [];
    columns.forEach((kind, index) => {
      const spanned = kind === 'policy' || kind === 'theme' || SPANNED.has(kind);
      if (spanned && r > 0) return;
      const text =
        kind === 'policy' || kind === 'theme' ? tree[kind] : cellText(cells[index] ?? null);
      const rowspan = spanned && span > 1 ? ` rowspan="${span}"` : '';
      const after = kind === 'narrative' ? evaluationLines(evaluations) : '';
      tds.push(`<td class="${CLASS[kind]}"${rowspan}>${lines(text)}${after}</td>`);
      if (kind === 'rate') {
        tds.push(`<td class="grade"${rowspan}>${escapeHtml(row.grade ?? '')}</td>`);
      }
    });
    return `<tr>${tds.join('')}</tr>`;
  });
  return `<tbody class="kpi-group">${rows.join('')}</tbody>`;
}

const STYLE = `
@page { size: A4 landscape; }
* { box-sizing: border-box; }
body { font-family: ${FONT}; font-size: 7pt; line-height: 1.35; margin: 0; color: #111; }
h1 { font-size: 12pt; margin: 0 0 2mm; }
.meta { display: flex; gap: 6mm; margin: 0 0 2mm; font-size: 8pt; }
.legend { margin: 0 0 3mm; font-size: 8pt; }
.legend span { margin-right: 4mm; }
table.report { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
tbody.kpi-group { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid #555; padding: 0.6mm 0.8mm; vertical-align: top; overflow-wrap: anywhere; }
th { background: #e8eef5; font-weight: bold; text-align: center; vertical-align: middle; }
td.num { text-align: right; white-space: nowrap; }
td.rate { font-weight: bold; }
td.grade, td.unit { text-align: center; }
td.tree { color: #333; background: #f7f7f7; }
col.c-policy { width: 6%; } col.c-theme { width: 8%; } col.c-kpi { width: 13%; }
col.c-department { width: 6%; } col.c-baseline, col.c-target { width: 5%; }
col.c-unit { width: 3%; } col.c-counting { width: 4%; } col.c-plan, col.c-actual { width: 4%; } col.c-rate { width: 4.5%; }
col.c-grade { width: 2.5%; } col.c-narrative { width: auto; }
.evaluations { margin-top: 1mm; font-size: 0.9em; }
.evaluations span { display: block; }
`;

/**
 * The print page of a report, for Chromium to turn into the PDF: the title, the date, the
 * fiscal year and the plan's grade legend above the table as printed (report-layout.ts), its
 * header rows repeated on every page. Pure: every text from the report is escaped.
 */
export function reportHtml(
  report: PlanReport,
  scale: GradeScale,
  options: ReportHtmlOptions,
): string {
  const layout = reportLayout(report, options.filter ?? null);
  const head = layout.rows.slice(1, layout.headRows);
  const groups = report.rows.map((row, index) => {
    const start = layout.kpiStarts[index] ?? layout.rows.length;
    const end = layout.kpiStarts[index + 1] ?? layout.rows.length;
    const own = (options.evaluations ?? []).filter((e) => e.code === row.code);
    return kpiGroup(row, layout.columns, layout.rows.slice(start, end), own);
  });
  const cols = layout.columns
    .flatMap((kind) => (kind === 'rate' ? [kind, 'grade'] : [kind]))
    .map((kind) => `<col class="c-${kind}">`)
    .join('');
  const legend = gradeLegend(scale)
    .map((item) => `<span>${escapeHtml(item)}</span>`)
    .join('');
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>${escapeHtml(layout.title)}</title>
<style>${STYLE}</style></head>
<body>
<h1>${escapeHtml(layout.title)}</h1>
<p class="meta"><span>対象年度: ${escapeHtml(formatFiscalYear(report.fiscalYear, 'japanese'))} (${escapeHtml(formatFiscalYear(report.fiscalYear))})</span><span>作成日: ${escapeHtml(japaneseDate(options.generatedOn))}</span><span>KPI ${report.rows.length}件</span>${options.filter ? `<span>絞り込み: ${escapeHtml(options.filter)}</span>` : ''}</p>
<p class="legend">評価 (達成率による): ${legend}</p>
<table class="report"><colgroup>${cols}</colgroup>
<thead>${headRows(report, layout.columns, head)}</thead>
${groups.join('\n')}
</table>
</body></html>`;
}

/**
 * Chromium's page header and footer: the plan and year on top, the date and "page / pages" at
 * the foot. Chromium fills the `pageNumber` and `totalPages` spans; the templates need their own
 * font size (they default to 0).
 */
export function reportPageTemplates(
  report: PlanReport,
  options: ReportHtmlOptions,
): { headerTemplate: string; footerTemplate: string } {
  const style = `font-family: ${FONT}; font-size: 7pt; width: 100%; margin: 0 8mm; display: flex; justify-content: space-between; color: #444;`;
  const year = formatFiscalYear(report.fiscalYear, 'japanese');
  return {
    headerTemplate: `<div style="${style}"><span>${escapeHtml(report.planName)}</span><span>${escapeHtml(year)} 進捗状況</span></div>`,
    footerTemplate: `<div style="${style}"><span>作成日 ${escapeHtml(japaneseDate(options.generatedOn))}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span> ページ</span></div>`,
  };
}
