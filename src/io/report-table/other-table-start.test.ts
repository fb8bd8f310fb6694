import { describe, expect, it } from 'vitest';
import { checkReport } from '../report-check.ts';
import { readTsv } from '../read-delimited.ts';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import type { GridRow } from '../grid.ts';
import { importReportTable } from './import-report-table.ts';
import { otherTableStart } from './other-table-start.ts';

const grid = (...lines: string[]): GridRow[] =>
  lines.map((line, i) => ({ row: i + 1, cells: line.split('|') }));

describe('a second table printed after the first, under a header of its own (若狭町 給与・定員管理)', () => {
  it('starts at the line of one cell above a header that prints the corner word again', () => {
    const rows = grid(
      '区分|支出額 A|委託料 B|委託料率 B/A',
      '一般会計|2,000|500|25.0',
      '(2) 職員の状況',
      '区分|職員数 A|給与計 B|一人当たり B/A',
      '一般会計|10|5,000|500',
    );
    expect(otherTableStart(rows)).toBe(2);
  });

  it('leaves lines of figures named by the same word under headings (荒尾市 目標 | 実績 blocks)', () => {
    expect(
      otherTableStart(
        grid('1.効果額', '目標|3年間で5億円', '実績|3年間で6億円', '2.職員数', '目標|16%削減'),
      ),
    ).toBeNull();
  });

  it('leaves the same header printed again, and a corner word under no line of one cell', () => {
    expect(
      otherTableStart(grid('区分|計画|実績', '事業1|2|3', '(続き)', '区分|計画|実績', '事業2|4|5')),
    ).toBeNull();
    expect(
      otherTableStart(grid('区分|計画|実績', '事業1|2|3', '区分|職員数|給与', '事業2|4|5')),
    ).toBeNull();
  });

  it('reads the first table and lists the second one’s cells unplaced, naming its header', () => {
    const table = [
      '区 分\t支 出 額 A\t委 託 料 B\t委 託 料 率 B / A',
      '一般会計\t2,000\t500\t25.0',
      '(2) 職員の状況',
      '区 分\t職員数 A\t給与計 B\t一人当たり B/A',
      '一般会計\t10\t5,000\t500',
    ].join('\n');
    const report = importReportTable(readTsv('made-up.tsv', table), {
      fiscalYear: fiscalYear(2023),
    });
    expect(checkReport(report).summary).toEqual({ kpis: 1, printed: 1, matched: 1 });
    expect(report.unplaced.map((u) => `${u.row}:${u.column}`)).toEqual([
      '3:1',
      '4:1',
      '4:2',
      '4:3',
      '4:4',
      '5:1',
      '5:2',
      '5:3',
      '5:4',
    ]);
    expect(report.unplaced[0]?.reason).toBe(
      'another table, under a header of its own (row 4): import it on its own',
    );
  });
});
