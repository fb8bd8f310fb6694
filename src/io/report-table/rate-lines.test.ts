import { describe, expect, it } from 'vitest';
import { contentRows } from '../grid.ts';
import { checkReport } from '../report-check.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { joinRateLines } from './rate-lines.ts';
import { placedCells } from './table-reading.ts';

const TABLE = [
  'No.\t指標\tH28\tH29\tH30\tR1\tR2\t目標値',
  '1\t観光客数（千人）\t520\t548\t560\t590\t410\t600',
  '\t達成率\t86.7%\t91.3%\t93.3%\t98.3%\t68.3%\t',
  '2\t宿泊者数（千人）\t120\t125\t131\t140\t88\t150',
  '\t達成率\t80.0%\t83.3%\t87.3%\t93.3%\t58.7%\t',
];
const read = (lines: readonly string[]) => importReportTable(readTsv('t.tsv', lines.join('\n')));

describe('joinRateLines', () => {
  it('joins each KPI’s rate line onto its row, a column per year headed 達成率', () => {
    const turned = joinRateLines(contentRows(readTsv('t.tsv', TABLE.join('\n')).rows));
    expect(turned?.rows[0]?.cells.slice(8)).toEqual([
      '区分',
      '達成率 H28',
      '達成率 H29',
      '達成率 H30',
      '達成率 R1',
      '達成率 R2',
    ]);
    expect(turned?.rows.map((r) => r.cells[1])).toEqual([
      '指標',
      '観光客数（千人）',
      '宿泊者数（千人）',
    ]);
    // The R2 rate of the second KPI comes from row 5, column 7 of the file.
    expect(turned?.origin(3, 14)).toEqual({ row: 5, column: 7 });
  });
  it('leaves a table alone whose lines are all named (実績 / 達成率: kpi-lines.ts reads it), or whose rate line stands alone', () => {
    const named = ['指標\t区分\tH28\tH29', '観光客数\t実績\t520\t548', '\t達成率\t86.7%\t91.3%'];
    expect(joinRateLines(contentRows(readTsv('n.tsv', named.join('\n')).rows))).toBeNull();
    const alone = ['指標\tH28\tH29', '達成率\t86.7%\t91.3%', '観光客数\t520\t548'];
    expect(joinRateLines(contentRows(readTsv('a.tsv', alone.join('\n')).rows))).toBeNull();
  });
});

describe('a table whose KPIs each print a line of rates under their figures', () => {
  it('reads two KPIs, not four: the last rate the KPI’s, each year’s checked against the target', () => {
    const report = read(TABLE);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['観光客数（千人）', '宿泊者数（千人）']);
    expect(checkReport(report).summary).toMatchObject({ kpis: 2, printed: 2, matched: 2 });
    expect(report.problems).toEqual([]);
    expect(report.unplaced).toEqual([]);
    // Every printed cell of the file is placed once (the made header words are none of them).
    const cells = TABLE.flatMap((line, r) =>
      line.split('\t').flatMap((cell, c) => (cell === '' ? [] : [`${r + 1}:${c + 1}`])),
    );
    const placed = placedCells(report.reading).map((p) => `${p.row}:${p.column}`);
    expect(placed.sort()).toEqual(cells.sort());
  });
  it('finds a misprinted year rate (99.9% for H28, where 520 of 600 is 86.7%)', () => {
    const misprinted = TABLE.map((line, i) => (i === 2 ? line.replace('86.7%', '99.9%') : line));
    const report = read(misprinted);
    expect(report.problems.map((p) => [p.kind, p.row, p.column])).toEqual([['rate', 3, 3]]);
  });
});
