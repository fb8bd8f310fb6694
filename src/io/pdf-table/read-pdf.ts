import { checkCellText } from '../cell-text-check.ts';
import type { Grid, GridRow } from '../grid.ts';
import { ImportError } from '../import-problem.ts';
import { MAX_CELLS, MAX_ROWS, formatLimit } from '../read-limits.ts';
import type { PageRow } from './page-table.ts';
import { edges, pageTable, segments } from './page-table.ts';
import { withoutRepeats } from './page-repeats.ts';
import { checkPdfInflation } from './pdf-inflation.ts';
import { pdfPageContent } from './pdf-page-content-loader.ts';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF

/** Whether the bytes start as a PDF does (`%PDF`). */
export function isPdf(bytes: Uint8Array): boolean {
  return PDF_MAGIC.every((byte, index) => bytes[index] === byte);
}

function gridRows(file: string, rows: readonly PageRow[]): GridRow[] {
  if (rows.length > MAX_ROWS) {
    throw new ImportError(
      file,
      `more than ${formatLimit(MAX_ROWS)} rows (limit ${formatLimit(MAX_ROWS)})`,
      { row: MAX_ROWS + 1 },
    );
  }
  let cells = 0;
  return rows.map((r, index) => {
    const row = index + 1;
    r.cells.forEach((text, column) => checkCellText(file, row, column + 1, text));
    cells += r.cells.filter((c) => c !== '').length;
    if (cells > MAX_CELLS) {
      throw new ImportError(
        file,
        `more than ${formatLimit(MAX_CELLS)} non-empty cells (limit ${formatLimit(MAX_CELLS)})`,
        { row },
      );
    }
    return { row, cells: r.cells };
  });
}

/**
 * Reads the table of a PDF report into the same grid the TSV, CSV and XLSX readers give: the
 * text of each page with its positions (pdfjs-dist), cells rebuilt from the borders
 * (page-table.ts), wrapped text joined into its cell, running headers and footers and the
 * table's header rows repeated on later pages dropped. Row numbers count the rebuilt rows.
 * @example const grid = await readPdf('r5.pdf', bytes); // grid.rows[0].cells: ['基本方針', …]
 */
export async function readPdf(file: string, bytes: Uint8Array): Promise<Grid> {
  if (!isPdf(bytes)) throw new ImportError(file, 'not a PDF (no %PDF signature)');
  checkPdfInflation(file, bytes);
  const pages = await (await pdfPageContent()).readPdfPages(file, bytes);
  const columns = edges(pages.flatMap((page) => segments(page.rules).vertical.map((s) => s.at)));
  const rows = withoutRepeats(pages.map((page) => pageTable(page, columns)));
  if (rows.length === 0) throw new ImportError(file, 'the PDF has no text (a scanned image?)');
  return { file, rows: gridRows(file, rows) };
}
