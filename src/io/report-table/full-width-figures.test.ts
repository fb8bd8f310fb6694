import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { withHalfWidthFigures } from './full-width-figures.ts';
import { fixtureBytes } from '../../../test/support/test-files.ts';

const yuzawaLines = () => new TextDecoder().decode(fixtureBytes('yuzawa')).trimEnd().split('\n');

const row = (n: number, cells: readonly string[]) => ({ row: n, cells });

describe('figures typed in full width', () => {
  it('are read as half width where a cell starts with one: digits, %, a point, comma or minus beside digits', () => {
    const [read, dated] = withHalfWidthFigures([
      row(1, [
        '６０．２％(平成２８年度)',
        '約１，２３０人',
        '－５',
        '第２次計画（改訂）',
        '．．．',
      ]),
      row(2, ['H２５年度 ４６７億円', '基本目標１ 稼ぐ力']),
    ]);
    expect(read?.cells).toEqual([
      '60.2%(平成28年度)',
      '約1,230人',
      '-5',
      '第２次計画（改訂）',
      '．．．',
    ]);
    // A name with a number in it stays as printed.
    expect(dated?.cells).toEqual(['H25年度 467億円', '基本目標１ 稼ぐ力']);
  });

  it('leave rows with none as they are, the same rows', () => {
    const rows = [row(1, ['指標', '60.2%'])];
    expect(withHalfWidthFigures(rows)).toBe(rows);
  });

  it('give a table the reading its half-width copy gives (a figure with its year beside it)', () => {
    const half = [
      '指標\t現状\t目標\t令和5年度実績\t達成率',
      '自主防災組織の活動カバー率\t60.2%(平成28年度)\t81.0%(令和2年度)\t75.4%\t93.1%',
      '災害対策コーディネーターの登録者数\t974人(28年度)\t1,230人(令和2年度)\t1,105人\t89.8%',
    ];
    const full = half.map((line) =>
      line.replace(/[0-9%.,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)),
    );
    const read = (lines: readonly string[]) =>
      importReportTable(readTsv('bousai-r5.tsv', lines.join('\n')));
    const [a, b] = [read(half), read(full)];
    expect(b.kpis.map((k) => k.kpi)).toEqual(a.kpis.map((k) => k.kpi));
    expect(b.unplaced).toEqual([]);
    expect(checkReport(b).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
  });

  it('list a cell left over as the file prints it, not as read (「０(」 under the Yuzawa table)', () => {
    // The property test's counterexample: a department's row with a stray figure typed in full width.
    const lines = [...yuzawaLines(), '総務課\t０('];
    const report = importReportTable(readTsv('y.tsv', lines.join('\n')));
    const row = lines.length;
    expect(report.unplaced.filter((u) => u.row === row).map((u) => [u.column, u.text])).toEqual([
      [1, '総務課'],
      [2, '０('],
    ]);
  });
});
