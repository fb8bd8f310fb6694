import { describe, expect, it } from 'vitest';
import { checkReport } from './report-check.ts';
import { otherCityText, readOtherCity } from '../../test/support/other-cities.ts';

/**
 * The dev set's 介護保険事業計画, 健康増進計画 and 防災 tables (fixtures/other-cities/README.md,
 * issue 24's round of helper c): what each must keep reading.
 */
const read = readOtherCity;
const text = otherCityText;

describe('介護保険事業計画 表2: two years of plan, count and 対計画比 side by side', () => {
  const file = 'unknown-kaigohoken-h16.tsv';

  it('reproduces H16’s six ratios, checks H15’s against H15’s plan, and reads the last row as their total', async () => {
    const report = await read(file);
    expect(checkReport(report).summary).toEqual({ kpis: 6, printed: 6, matched: 6 });
    expect(report.problems).toEqual([]);
    // Each year's estimate is that year's plan: H15's a milestone, H16's the target.
    const support = report.kpis[0]?.kpi;
    expect(support?.milestones.map((m) => [m.fiscalYear, m.figure.value])).toEqual([[2003, '642']]);
    expect(support?.target).toEqual({ kind: 'value', value: '678', fiscalYear: 2004 });
    expect(report.reading.rows.find((r) => r.row === 16)?.kind).toBe('grand-total');
    const wrong = await read(file, text(file).replace('\t(108.9%)\t', '\t(109.9%)\t'));
    expect(wrong.problems.map((p) => [p.kind, p.row, p.column])).toEqual([['rate', 10, 4]]);
  });
});

describe('健康増進計画 評価: 策定時, 中間評価 of two years, 直近値, 目標値 and a grade', () => {
  const file = 'unknown-kenkou-h25.tsv';

  it('reads 中間評価 (H19), (H23) as actuals, 直近値 as H25’s by the note above, 指標元 as no KPI', async () => {
    const report = await read(file);
    expect(report.reading.columns.map((c) => [c.role, c.fiscalYear])).toEqual([
      ['kpi', null],
      ['other', null],
      ['baseline', 2004],
      ['actual', 2007],
      ['actual', 2011],
      ['actual', 2013],
      ['target', null],
      ['grade', null],
    ]);
    const checkup = report.kpis.find((k) => k.kpi.code === '1-2');
    expect(checkup?.kpi.title).toBe('年1回健康診査を受けている人の増加');
    expect(checkup?.printedGrade).toBe('A-1');
    expect(checkup?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2007, '64.1'],
      [2011, '61.9'],
      [2013, '80.2'],
    ]);
    // 「…の増加率の抑制」 with no baseline printed: a decrease, by the word its title ends with.
    expect(report.kpis.find((k) => k.kpi.code === '1-6')?.kpi.direction).toBe('decrease');
  });
});

describe('三次市 介護保険 決算状況: ①計画額, ②決算額, ③(②-①)差額', () => {
  const file = 'miyoshi-kaigohoken-h24.tsv';

  it('reads the plan as the target, the accounts as the actual, and checks the difference', async () => {
    const report = await read(file);
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'kpi',
      'target',
      'actual',
      'difference',
    ]);
    expect(report.kpis.map((k) => k.kpi.unit)).toEqual(['万円', '万円', '万円', '万円', '万円']);
    const wrong = await read(file, text(file).replace('\t▲3,438', '\t▲3,439'));
    expect(wrong.problems.map((p) => [p.kind, p.row, p.column])).toEqual([['difference', 10, 4]]);
  });
});
