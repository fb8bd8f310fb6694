import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { classifyHeader } from './column-role.ts';
import { importReportTable } from './import-report-table.ts';

describe('a header naming the actual with its rate in brackets: 「実績額（達成率）」', () => {
  it('is the actuals’ column, not a column of rates', () => {
    expect(classifyHeader('実績額（達成率）')).toEqual({
      role: { kind: 'actual', fiscalYear: null },
      because: 'an actual with its rate in brackets',
    });
    expect(classifyHeader('達成率').role.kind).toBe('rate');
    expect(classifyHeader('実績/目標（達成率）').role.kind).toBe('rate');
  });

  it('reads each cell’s figure as the actual and its bracket as the printed rate (集中改革プラン 効果額)', () => {
    const report = importReportTable(
      readTsv(
        't.tsv',
        [
          '令和元年度 集中改革プラン 効果額',
          '項目\t計画額\t実績額（達成率）',
          '人件費の削減\t12,000千円\t12,840千円（107.0％）',
          '物件費の削減\t8,500千円\t7,930千円（93.3％）',
        ].join('\n'),
      ),
    );
    expect(report.kpis.map((k) => k.kpi.actuals[0]?.figure.value)).toEqual(['12840', '7930']);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});
