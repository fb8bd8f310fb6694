import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { withoutCountDates } from './count-date.ts';

const row = (n: number, cells: readonly string[]) => ({ row: n, cells });

describe('the dates of count in a header that states its rate by letters', () => {
  it('are dropped from the words the roles are read from, in that row only', () => {
    const header = row(2, [
      '名称',
      '総委員数 H26.1.1現在 A',
      '女性委員数 平成26年1月1日現在 B',
      '参画率 H26.1.1現在 B/A',
    ]);
    expect(withoutCountDates([header])[0]?.cells).toEqual([
      '名称',
      '総委員数 A',
      '女性委員数 B',
      '参画率 B/A',
    ]);
    const wide = row(2, [
      '総委員数 Ｈ２６．１．１現在 A',
      '総委員数 2014.1.1現在 A´',
      '参画率 B/A',
    ]);
    expect(withoutCountDates([wide])[0]?.cells).toEqual([
      '総委員数 A',
      '総委員数 A´',
      '参画率 B/A',
    ]);
    // No formula by letters: the dates stay (a staff count as of each 4月1日 is a year column).
    const staff = row(2, ['部門', 'H26.4.1現在', 'H27.4.1現在']);
    expect(withoutCountDates([staff])[0]).toBe(staff);
  });

  it('leave two counts side by side read as the formula says, not as two years of actuals', () => {
    const report = importReportTable(
      readTsv(
        'danjo-h26.tsv',
        [
          '審議会等女性委員の参画割合',
          '審議会・委員会等名称\t総委員数 H26.1.1現在 A\t総委員数 H25.5.1現在 A´\t女性委員数 H26.1.1現在 B\t女性委員数 H25.5.1現在 B´\t女性委員参画率 H26.1.1現在 B/A\t女性委員参画率 H25.5.1現在 B´/A´',
          '市議会\t20\t20\t4\t3\t20.0%\t15.0%',
          '教育委員会\t5\t5\t2\t2\t40.0%\t40.0%',
          '農業委員会\t23\t24\t2\t1\t8.7%\t4.2%',
        ].join('\n'),
      ),
    );
    expect(report.kpis.map((k) => k.inference.kind)).toEqual(['matched', 'matched', 'matched']);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});
