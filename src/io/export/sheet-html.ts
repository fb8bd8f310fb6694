import { formatFiscalYear } from '../../domain/fiscal-year.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { EvaluationSheet, SheetLine, SheetPage, ThemeSheet } from './evaluation-sheet.ts';
import { escapeHtml } from './report-html.ts';

const FONT = `'Noto Sans CJK JP', 'Noto Sans JP', sans-serif`;

const lines = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

const STYLE = `
@page { size: A4 portrait; }
* { box-sizing: border-box; }
body { font-family: ${FONT}; font-size: 9pt; line-height: 1.45; margin: 0; color: #111; }
section.sheet { break-after: page; page-break-after: always; }
section.sheet:last-child { break-after: auto; page-break-after: auto; }
h1 { font-size: 13pt; margin: 0 0 3mm; }
h2 { font-size: 10pt; margin: 4mm 0 1.5mm; border-left: 2mm solid #2b5d8a; padding-left: 2mm; }
table { width: 100%; border-collapse: collapse; }
th, td { border: 0.5pt solid #555; padding: 1mm 1.5mm; vertical-align: top; overflow-wrap: anywhere; }
th { background: #e8eef5; font-weight: bold; text-align: left; width: 28%; }
table.series th, table.series td, table.theme th { text-align: right; width: auto; }
table.theme th { text-align: left; }
table.series th:first-child, table.series td:first-child { text-align: left; }
`;

function facts(items: readonly SheetLine[]): string {
  return `<table>${items.map((i) => `<tr><th>${escapeHtml(i.label)}</th><td>${lines(i.text)}</td></tr>`).join('')}</table>`;
}

function sheetSection(sheet: EvaluationSheet): string {
  const head = sheet.series.years.map((y) => `<th>${escapeHtml(y)}</th>`).join('');
  const series = sheet.series.lines
    .map(
      (l) =>
        `<tr><td>${escapeHtml(l.label)}</td>${l.figures.map((f) => `<td>${escapeHtml(f)}</td>`).join('')}</tr>`,
    )
    .join('');
  const levels =
    sheet.levels.length === 0
      ? '<p>評価はまだありません</p>'
      : `<table>${sheet.levels
          .map(
            (l) =>
              `<tr><th>${escapeHtml(l.level)}</th><td><strong>${escapeHtml(l.grade)}</strong><br>${lines(l.text)}</td></tr>`,
          )
          .join('')}</table>`;
  return `<section class="sheet">
<h1>${escapeHtml(sheet.title)}</h1>
<h2>指標の定義</h2>${facts(sheet.definition)}
<h2>実績の推移</h2><table class="series"><tr><th>年度</th>${head}</tr>${series}</table>
<h2>達成状況</h2>${facts(sheet.result)}
<h2>取組内容</h2>${sheet.narratives.length === 0 ? '<p>-</p>' : facts(sheet.narratives)}
<h2>評価</h2>${levels}
</section>`;
}

function themeSection(sheet: ThemeSheet): string {
  const head = ['KPI', '達成率', '評価（達成率による）', ...sheet.levels]
    .map((h) => `<th>${escapeHtml(h)}</th>`)
    .join('');
  const rows = sheet.kpis
    .map(
      (k) =>
        `<tr>${[k.kpi, k.rate, k.grade, ...k.levels].map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<section class="sheet">
<h1>${escapeHtml(sheet.title)}</h1>
<h2>テーマプログラムのKPI</h2><table class="theme"><tr>${head}</tr>${rows}</table>
</section>`;
}

/**
 * The evaluation sheets' print page, for Chromium to turn into the PDF: one A4 page per theme
 * program (its KPIs' rates and levels) and per KPI (a long text runs on), every text escaped.
 */
export function sheetsHtml(
  input: { planName: string; fiscalYear: FiscalYear },
  pages: readonly SheetPage[],
): string {
  const title = `${input.planName} 評価シート ${formatFiscalYear(input.fiscalYear, 'japanese')}`;
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${STYLE}</style></head>
<body>
${pages.map((p) => (p.kind === 'theme' ? themeSection(p.sheet) : sheetSection(p.sheet))).join('\n')}
</body></html>`;
}

/** Chromium's page header and footer of the sheets: the plan and year, "page / pages". */
export function sheetPageTemplates(input: { planName: string; fiscalYear: FiscalYear }): {
  headerTemplate: string;
  footerTemplate: string;
} {
  const style = `font-family: ${FONT}; font-size: 7pt; width: 100%; margin: 0 8mm; display: flex; justify-content: space-between; color: #444;`;
  const year = formatFiscalYear(input.fiscalYear, 'japanese');
  return {
    headerTemplate: `<div style="${style}"><span>${escapeHtml(input.planName)}</span><span>${escapeHtml(year)} 評価シート</span></div>`,
    footerTemplate: `<div style="${style}"><span></span><span><span class="pageNumber"></span> / <span class="totalPages"></span> ページ</span></div>`,
  };
}
