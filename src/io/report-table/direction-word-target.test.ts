import { describe, expect, it } from 'vitest';
import { importReportTable } from './import-report-table.ts';

describe('a target printed as a word for the way to go (「増加」)', () => {
  it('is kept as printed, the KPI’s direction, with no target value and nothing unplaced', () => {
    const report = importReportTable({
      file: 'made-up.tsv',
      rows: [
        ['評価指標', '基準値 (R1年度)', '目標値 (R7年度)', '令和3年', '令和4年'],
        ['相談できる人がいる市民の割合', '80.0%', '増加', '78.5%', '79.0%'],
        ['自殺死亡率', '18.2', '減少', '17.0', '16.1'],
      ].map((cells, i) => ({ row: i + 1, cells })),
    });
    expect(report.kpis.map((k) => [k.kpi.direction, k.kpi.target])).toEqual([
      ['increase', null],
      ['decrease', null],
    ]);
    expect(report.kpis[0]?.kpi.extras).toEqual([{ label: '目標値 (R7年度)', text: '増加' }]);
    expect(report.unplaced).toEqual([]);
  });
});
