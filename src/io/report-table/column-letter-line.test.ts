import { describe, expect, it } from 'vitest';
import { contentRows } from '../grid.ts';
import { readTsv } from '../read-delimited.ts';
import { foldColumnLetterLines } from './column-letter-line.ts';
import { importReportTable } from './import-report-table.ts';

const tsv = (lines: readonly string[]) => readTsv('t.tsv', lines.join('\n'));
const rows = (lines: readonly string[]) => contentRows(tsv(lines).rows);

/** Made up in the layout of 綾町 総合戦略 KPI 評価シート: a grid per KPI, the sheet's letters between. */
const SHEET = [
  '施策\t指標\t区分\tR2\tR3\tR4',
  '1\t来場者数\t計画\t100人\t110人\t120人',
  '\t\t実績\t95人\t115人\t',
  'A\tB\tC\tD\tE\tF',
  '施策\t指標\t区分\tR2\tR3\tR4',
  '2\t会員数\t計画\t50人\t55人\t60人',
  '\t\t実績\t48人\t52人\t',
];

describe('a line of the sheet’s column letters among the rows (綾町 総合戦略 KPI 評価シート)', () => {
  it('is made one line of one cell above the table, its letters the places of that cell', () => {
    const turned = foldColumnLetterLines(rows(SHEET));
    expect(turned?.rows.map((r) => r.cells)).toEqual([
      ['A B C D E F'],
      ...SHEET.slice(0, 3).map((l) => l.split('\t')),
      ...SHEET.slice(4).map((l) => l.split('\t')),
    ]);
    expect(turned?.origin(1, 1)).toEqual({ row: 4, column: 1 });
    expect(turned?.copies?.(1, 1)).toEqual([2, 3, 4, 5, 6].map((column) => ({ row: 4, column })));
    expect(turned?.origin(5, 2)).toEqual({ row: 5, column: 2 });
  });

  it('reads the KPIs’ lines around it as they would be without it, every letter placed', () => {
    const report = importReportTable(tsv(SHEET));
    expect(
      report.kpis.map((k) => [k.kpi.title, k.kpi.actuals.map((a) => a.figure?.value ?? null)]),
    ).toEqual([
      ['来場者数', ['95', '115']],
      ['会員数', ['48', '52']],
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.reading.rows.find((r) => r.row === 4)?.kind).toBe('title');
    const without = importReportTable(tsv([...SHEET.slice(0, 3), ...SHEET.slice(4)]));
    expect(report.kpis.map((k) => k.kpi)).toEqual(without.kpis.map((k) => k.kpi));
  });

  it('leaves a grade scale heading a table of counts, and letters narrower than the table', () => {
    const grades = ['A\tB\tC\tD', '3\t5\t1\t0'];
    expect(foldColumnLetterLines(rows(grades))).toBeNull();
    const narrow = [...SHEET.slice(0, 3), 'A\tB\tC\tD', ...SHEET.slice(4)];
    expect(foldColumnLetterLines(rows(narrow))).toBeNull();
    // Letters out of order, or a word among them, are no sheet's headings.
    const other = [...SHEET.slice(0, 3), 'A\tB\tD\tC\tE\tF', ...SHEET.slice(4)];
    expect(foldColumnLetterLines(rows(other))).toBeNull();
  });
});
