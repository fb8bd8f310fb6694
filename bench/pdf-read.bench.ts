import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPdfPages } from '../src/io/pdf-table/pdf-page-content.ts';
import { readTsv } from '../src/io/read-delimited.ts';
import { readReportFile } from '../src/io/read-report-file.ts';
import { MAX_PDF_PAGES, WORKER_TIME_LIMIT_MS } from '../src/io/read-limits.ts';
import { checkReport } from '../src/io/report-check.ts';
import { gridPdf } from '../test/support/grid-pdf.ts';
import { generateReportTsv } from './generate-report.ts';
import { measure, printFigure } from './measure.ts';

const PAGES = 100;

/** A generated table in the Yuzawa layout printed by Chromium to at least PAGES pages. */
async function hundredPagePdf(): Promise<{ pdf: Uint8Array; pages: number; kpis: number }> {
  let kpis = 300;
  for (;;) {
    const pdf = await gridPdf(readTsv('generated.tsv', generateReportTsv(kpis)));
    const pages = (await readPdfPages('generated.pdf', pdf)).length;
    if (pages >= PAGES) return { pdf, pages, kpis };
    kpis = Math.ceil((kpis * (PAGES + 1)) / pages);
  }
}

/**
 * The ceiling: pdfjs alone parsing every page into its operator list (what the reader starts
 * from), no text state kept, no table rebuilt, nothing imported.
 */
async function barePass(pdf: Uint8Array): Promise<void> {
  const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  for (let number = 1; number <= document.numPages; number += 1) {
    await (await document.getPage(number)).getOperatorList();
  }
  await document.destroy();
}

/** Reading a 100-page PDF report into its grid and checking it, beside pdfjs's bare pass. */
export async function benchPdfRead(): Promise<void> {
  const { pdf, pages, kpis } = await hundredPagePdf();
  const read = () => readReportFile('generated.pdf', pdf);
  const check = checkReport(await read());
  const timing = await measure(read, { runs: 3 });
  const bare = await measure(() => barePass(pdf), { runs: 3 });
  printFigure(
    `pdf read and import: ${pages} pages (${kpis} KPIs, %s KB)`,
    timing,
    (pdf.length / 1024).toFixed(0),
  );
  printFigure('pdf bare pass: pdfjs operator list of every page, same file', bare);
  const perPage = timing.median / pages;
  console.log(
    `  ${(1000 / perPage).toFixed(1)} pages/s, ${perPage.toFixed(1)} ms per page; ` +
      `${(timing.median / bare.median).toFixed(1)}× the bare pass; ` +
      `${check.summary.kpis} KPIs, ${check.summary.matched}/${check.summary.printed} printed rates matched, ` +
      `${check.unplaced.length} unplaced; at this pace the ${MAX_PDF_PAGES}-page limit reads in ` +
      `${((perPage * MAX_PDF_PAGES) / 1000).toFixed(1)} s (worker limit ${WORKER_TIME_LIMIT_MS / 1000} s)`,
  );
}
