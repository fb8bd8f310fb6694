import type { Grid } from '../../src/io/grid.ts';
import { contentRows } from '../../src/io/grid.ts';
import { escapeHtml } from '../../src/io/export/report-html.ts';
import { renderPdf } from '../../src/services/pdf-renderer.ts';

/**
 * A table file's grid printed as a city prints its table from a spreadsheet: one bordered
 * HTML table, its first `headRows` rows as the header Chromium repeats on every page, each
 * cell's text as it is (a wrapped narrative wraps), A4 landscape through headless Chromium.
 */
export async function gridPdf(grid: Grid, headRows = 2): Promise<Uint8Array> {
  const rows = contentRows(grid.rows);
  const width = Math.max(...rows.map((r) => r.cells.length));
  const row = (cells: readonly string[], tag: 'th' | 'td') =>
    `<tr>${Array.from({ length: width }, (_, i) => `<${tag}>${escapeHtml(cells[i] ?? '')}</${tag}>`).join('')}</tr>`;
  const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>
body { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 7pt; margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.5pt solid #333; padding: 1pt; vertical-align: top; }
</style></head><body><table>
<thead>${rows
    .slice(0, headRows)
    .map((r) => row(r.cells, 'th'))
    .join('')}</thead>
<tbody>${rows
    .slice(headRows)
    .map((r) => row(r.cells, 'td'))
    .join('')}</tbody>
</table></body></html>`;
  return renderPdf({ html, headerTemplate: '<span></span>', footerTemplate: '<span></span>' });
}
