import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { recordingContext } from '../../src/cli/test-context.ts';
import { reportHtml, reportPageTemplates } from '../../src/io/export/report-html.ts';
import { yuzawaPlan } from '../support/yuzawa-export-fixture.ts';
import { comparableCheck } from '../../src/io/comparable-check.ts';
import { contentRows } from '../../src/io/grid.ts';
import { ImportError } from '../../src/io/import-problem.ts';
import { readTsv } from '../../src/io/read-delimited.ts';
import { readReportFile } from '../../src/io/read-report-file.ts';
import { readReportInWorker } from '../../src/io/read-report-in-worker.ts';
import { readTableFile } from '../../src/io/read-table-file.ts';
import type { CheckResult } from '../../src/io/report-check.ts';
import { checkReport } from '../../src/io/report-check.ts';
import { fixtureBytes, savedFixtureBytes } from '../support/test-files.ts';
import { renderPdf } from '../../src/services/pdf-renderer.ts';
import { gridPdf } from '../support/grid-pdf.ts';
import { blankPagesPdf, deflatedZeros, inflationBombPdf } from '../support/hostile-pdf.ts';

/*
 * Last year's report as a PDF: the Yuzawa table printed through Chromium from an HTML table
 * (the header repeated on each of its pages), and Mieruka's own PDF export of the same plan,
 * read back with pdfjs-dist into the grid the other readers give, and checked.
 */

const seedGrid = readTsv('yuzawa.tsv', new TextDecoder().decode(fixtureBytes('yuzawa')));
let seedPdf: Uint8Array;
let exportPdf: Uint8Array;
let expected: CheckResult;

const comparable = comparableCheck;

beforeAll(async () => {
  seedPdf = await gridPdf(seedGrid);
  const { plan, report } = await yuzawaPlan();
  const options = { generatedOn: '2026-12-01' };
  exportPdf = await renderPdf({
    html: reportHtml(report, plan.gradeScale, options),
    ...reportPageTemplates(report, options),
  });
  expected = checkReport(await readReportFile('yuzawa.tsv', fixtureBytes('yuzawa')));
}, 60_000);

describe('the seed table printed to PDF from an HTML table', () => {
  it('checks as the TSV does: 20 KPIs, 18 of 18 printed rates, nothing unplaced', async () => {
    const result = checkReport(await readReportFile('yuzawa-r5.pdf', seedPdf));
    expect(result.summary).toEqual({ kpis: 20, printed: 18, matched: 18 });
    expect(comparable(result)).toEqual(comparable(expected));
  });
  it('gives the TSV grid back, row for row; wrapped narratives whole in their cells', async () => {
    const grid = await readTableFile('yuzawa-r5.pdf', seedPdf);
    const tsv = contentRows(seedGrid.rows);
    // The header is printed on each of the pages, and read once.
    expect(grid.rows.filter((r) => r.cells[0] === '基本方針')).toHaveLength(1);
    expect(grid.rows).toHaveLength(tsv.length);
    const cells = tsv.flatMap((r, i) =>
      r.cells.map((text, j) => [text.trim(), grid.rows[i]?.cells[j] ?? ''] as const),
    );
    const differing = cells.filter(([a, b]) => a !== b);
    // At most a space more or less in a narrative, where a Latin word wrapped whole
    // ("防災行政無線 LINE"): a line that stops short before a Latin word reads as broken at a
    // space. Every figure, label and header reads as in the TSV.
    expect(differing.length).toBeLessThanOrEqual(1);
    expect(differing.every(([a, b]) => a.replaceAll(' ', '') === b.replaceAll(' ', ''))).toBe(true);
    expect(differing.every(([a]) => !/^[\d,.%()-]+$/.test(a))).toBe(true);
    const narrative = grid.rows.find((r) => r.cells[2]?.startsWith('⑯'))?.cells[12];
    expect(narrative).toBe(tsv.find((r) => r.cells[2]?.startsWith('⑯'))?.cells[12]);
  });
});

describe("Mieruka's own PDF export of the plan", () => {
  it('checks as the TSV does, its department lines in place: 20 KPIs, 18 of 18, nothing unplaced', async () => {
    const result = checkReport(await readReportFile('report.pdf', exportPdf));
    expect(result.summary).toEqual({ kpis: 20, printed: 18, matched: 18 });
    expect(result.unplaced).toEqual([]);
    expect(comparable(result).kpis).toEqual(comparable(expected).kpis);
  });
  it('gives the plan tree of the TSV: the policy and theme it prints on every row continue', async () => {
    const tree = async (name: string, bytes: Uint8Array) =>
      (await readReportFile(name, bytes)).plan.policies.map((p) => [
        p.number,
        p.themes.map((t) => [t.number, t.kpis.map((k) => k.code)]),
      ]);
    const seed = await tree('yuzawa.tsv', fixtureBytes('yuzawa'));
    expect(seed).toHaveLength(4);
    expect(await tree('report.pdf', exportPdf)).toEqual(seed);
  });
  it('reads merged cells at their top-left place and drops the running header and footer', async () => {
    const grid = await readTableFile('report.pdf', exportPdf);
    expect(grid.rows[0]?.cells).toEqual(['湯沢市行財政改革実施計画 令和5年度 進捗状況']);
    expect(grid.rows.some((r) => r.cells.join('').includes('ページ'))).toBe(false);
    const seventeen = grid.rows.findIndex((r) => r.cells[2]?.startsWith('⑰'));
    expect(grid.rows[seventeen + 1]?.cells.slice(2, 10)).toEqual([
      '',
      '情報政策課',
      '',
      '',
      '',
      '0',
      '0',
      '0',
    ]);
  });
});

describe('a PDF through the command line and the upload worker', () => {
  it('npx mieruka check report.pdf --json', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mieruka-pdf-')), 'report.pdf');
    writeFileSync(file, exportPdf);
    const context = recordingContext(process.cwd());
    expect(await main(['check', file, '--json'], context)).toBe(0);
    expect(JSON.parse(context.out.join('')).summary).toEqual({
      kpis: 20,
      printed: 18,
      matched: 18,
    });
  });
  it('reads in the worker, within its limits', async () => {
    // A copy: the worker takes the bytes it reads, and the other tests read seedPdf too.
    const report = await readReportInWorker('yuzawa-r5.pdf', new Uint8Array(seedPdf));
    expect(checkReport(report).summary).toEqual({ kpis: 20, printed: 18, matched: 18 });
  });
});

describe('a hostile PDF: one clear error naming the file', () => {
  const refuse = async (bytes: Uint8Array, message: RegExp) => {
    const reading = readReportFile('hostile.pdf', bytes);
    await expect(reading).rejects.toBeInstanceOf(ImportError);
    await expect(reading).rejects.toThrow(message);
  };
  it('garbage after %PDF', async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    await refuse(
      new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...garbage]),
      /^hostile\.pdf: not a readable PDF/,
    );
  });
  it('20,000 pages, refused on the page count before any page is read', async () => {
    await refuse(blankPagesPdf(20_000), /^hostile\.pdf: more than 120 pages \(limit 120\)$/);
  });
  it('the same through the worker', async () => {
    const reading = readReportInWorker('hostile.pdf', blankPagesPdf(20_000));
    await expect(reading).rejects.toThrow(/^hostile\.pdf: more than 120 pages/);
  });
  it('a password-protected PDF (Calc saved it with an open password)', async () => {
    await refuse(
      savedFixtureBytes('password-protected.pdf'),
      /^hostile\.pdf: a password-protected PDF: save it without a password$/,
    );
  });
  it('a 1 MB PDF inflating to 1 GiB: refused before pdfjs reads it, the process within 512 MB', async () => {
    const bomb = inflationBombPdf(await deflatedZeros(1024 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const before = process.resourceUsage().maxRSS * 1024;
    const reading = readReportInWorker('bomb.pdf', bomb);
    await expect(reading).rejects.toBeInstanceOf(ImportError);
    await expect(reading).rejects.toThrow(
      /^bomb\.pdf: a compressed stream inflates past 64 MB \(limit 64 MB a stream\)$/,
    );
    expect(process.resourceUsage().maxRSS * 1024 - before).toBeLessThan(512 * 1024 * 1024);
  });
  it('streams each under the limit that inflate past 256 MB together', async () => {
    const bomb = inflationBombPdf(await deflatedZeros(60 * 1024 * 1024), 5);
    await refuse(
      bomb,
      /^hostile\.pdf: its compressed streams inflate past 256 MB \(limit 256 MB in all\)$/,
    );
  });
  it('a page tree claiming a million pages reads the one it has: a PDF with no text', async () => {
    await refuse(blankPagesPdf(1, 1_000_000), /^hostile\.pdf: the PDF has no text/);
  });
});
