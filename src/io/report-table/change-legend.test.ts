import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { changeLegend } from './change-legend.ts';
import { importReportTable } from './import-report-table.ts';

const HEALTH_LEGEND =
  '※評価 A:目標値に達した B:目標値に達していないが改善傾向 C:変わらない D:悪化している E:評価困難';

describe('a legend that grades by how the figure moved (健康増進計画 評価)', () => {
  it('reads each grade’s class, a grade the table cannot judge with none', () => {
    const legend = changeLegend([HEALTH_LEGEND], ['A', 'B', 'E']);
    expect(legend?.labels).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect([...(legend?.classes ?? [])]).toEqual([
      ['A', 'reached'],
      ['B', 'improved'],
      ['C', 'unchanged'],
      ['D', 'worsened'],
    ]);
  });

  it('is no legend of change where the grades are judgements or bands of rates', () => {
    const judgements =
      'A:取り組みが十分に達成できている B:概ね達成できている C:一部達成できている D:ほとんど達成できていない';
    expect(changeLegend([judgements], ['A'])).toBeNull();
    expect(changeLegend(['A:100%以上 B:80%以上 C:60%以上 D:60%未満'], ['A'])).toBeNull();
    // A grade printed that the legend does not list: not the table's legend.
    expect(changeLegend([HEALTH_LEGEND], ['S'])).toBeNull();
  });
});

describe('a 健康増進計画’s evaluation table graded by its legend of change', () => {
  const table = [
    '指標\t策定時(H28)\t目標(R5)\t直近値(R3)\t評価',
    '成人の喫煙率\t18.5%\t12.0%\t15.2%\tB',
    '運動習慣者の割合\t30.1%\t40.0%\t41.2%\tA',
    '肥満者の割合(40-60歳代男性)\t32.0%\t28.0%\t33.5%\tD',
    '歯科健診受診率\t10.2%\t20.0%\t10.4%\tC',
    '野菜の摂取量(g)\t250\t350\t290\tB',
    HEALTH_LEGEND,
  ];

  it('grades each KPI by its move from the baseline, the band of 変わらない read off the prints', () => {
    const result = checkReport(importReportTable(readTsv('kenko-r3.tsv', table.join('\n'))));
    expect(result.gradeScale.source).toBe('legend of change');
    expect(result.kpis.map((k) => [k.printedGrade, k.grade])).toEqual([
      ['B', 'B'],
      ['A', 'A'],
      ['D', 'D'],
      ['C', 'C'],
      ['B', 'B'],
    ]);
    // 10.2 → 10.4 is printed unchanged, 250 → 290 improved: the band is 0.2 ÷ 10.2.
    expect(result.gradeScale.change?.unchangedWithin).toBeCloseTo(0.2 / 10.2, 6);
  });

  it('shows a grade the figures do not give as another', () => {
    const misprint = table.map((l) => l.replace('33.5%\tD', '33.5%\tB'));
    const result = checkReport(importReportTable(readTsv('kenko-r3.tsv', misprint.join('\n'))));
    expect(result.kpis[2]).toMatchObject({ printedGrade: 'B', grade: 'D' });
  });
});
