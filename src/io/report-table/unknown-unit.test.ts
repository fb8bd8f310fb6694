import { describe, expect, it } from 'vitest';
import { readReportFile } from '../read-report-file.ts';
import { checkReport } from '../report-check.ts';
import { savedFixtureBytes } from '../../../test/support/test-files.ts';

const tsv = (lines: readonly string[]) => new TextEncoder().encode(lines.join('\n'));

describe('a unit cell the domain does not know', () => {
  it('is a unit problem naming the row and column of the cell', async () => {
    const report = await readReportFile(
      'units.tsv',
      tsv([
        '重要業績評価指標\t担当課\t単位\t目標値(R8)\tR5実績\t達成率',
        '① 延べ床面積\t企画課\tm?\t264,000\t283,179\t93%',
        '② 研修受講者数\t総務課\t人\t370\t504\t136%',
      ]),
    );
    expect(report.problems).toEqual([
      {
        kind: 'unit',
        file: 'units.tsv',
        row: 2,
        column: 3,
        message:
          'KPI ①: "m?" is not a unit Mieruka knows (a character lost in the file\'s encoding?)',
      },
    ]);
  });
  it('is listed by check for ⑦ of the CP932 CSV, where Calc saved "m ²" as "m ?"', async () => {
    const name = 'yuzawa-r5-workbook-cp932.csv';
    const result = checkReport(await readReportFile(name, savedFixtureBytes(name)));
    expect(result.problems.map((p) => [p.kind, p.message.slice(0, 10)])).toEqual([
      ['unit', 'KPI ⑦: "m?'],
    ]);
    // Line 16 of the file: the header's and earlier narratives' line breaks come before it.
    expect(result.problems[0]).toMatchObject({ row: 16, column: 6 });
  });
});
