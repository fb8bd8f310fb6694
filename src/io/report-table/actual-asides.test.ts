import { describe, expect, it } from 'vitest';
import { checkReport } from '../report-check.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

// Rows written in the forms of real tables (issue 24), each with a printed rate that only the
// cell's second figure reproduces.
const checked = (lines: string[]) =>
  checkReport(importReportTable(readTsv('asides.tsv', lines.join('\n'))));
const rows = (result: ReturnType<typeof checked>) =>
  result.kpis.map((k) => [k.code, k.computed, k.match]);

describe('actual cells that print a second figure', () => {
  it('「N人減 M人」: the level reached, measured from the baseline the cut implies', () => {
    const result = checked([
      '項目\t目標値(R7)\tR5実績\t進捗率',
      // 150 − 145 = 5 of the 20 to cut: 25%; no baseline printed but the cell's 5 + 145.
      '① 職員数の適正化\t20人削減\t5人減 145人\t25.0%',
      // A level target: 130 ÷ 145, the level measured as a decrease.
      '② 正規職員数\t130人\t5人減 145人\t89.7%',
    ]);
    expect(rows(result)).toEqual([
      ['①', '25.0%', true],
      ['②', '89.7%', true],
    ]);
    expect(result.unplaced).toEqual([]);
    expect(result.problems).toEqual([]);
  });
  it('「N人、…のx%」: the share where the KPI is measured in % or only the share reproduces the rate', () => {
    const result = checked([
      '指標\t目標値\tR5実績\t達成率',
      // The target is a share: 45.7 ÷ 60.
      '① 特定健診受診率\t60%\t1,234人、受診対象者 2,700人の45.7%\t76.2%',
      // The target is a count: 1,234 ÷ 1,500.
      '② 特定健診受診者数\t1,500人\t1,234人、受診対象者 2,700人の45.7%\t82.3%',
      // No unit said: only 35.2 ÷ 50 reproduces the 70.4%.
      '③ がん検診受診\t50\t120人、対象者の35.2%\t70.4%',
    ]);
    expect(rows(result)).toEqual([
      ['①', '76.2%', true],
      ['②', '82.3%', true],
      ['③', '70.4%', true],
    ]);
    expect(result.problems).toEqual([]);
  });
  it('「x%、…のy%」: a share beside a figure already in % compares it, the figure is measured', () => {
    const result = checked([
      '指標\t目標値\tR5実績\t達成率',
      // 18.0 ÷ 17.1, a rate to bring down; the 90% is 17.1 against the national average.
      '① 要介護認定率\t18.0%\t17.1%、全国平均の90%\t105.3%',
      '② 就業率\t60.0%\t54.0%、県平均の102%\t90.0%',
    ]);
    expect(rows(result)).toEqual([
      ['①', '105.3%', true],
      ['②', '90.0%', true],
    ]);
    expect(result.problems).toEqual([]);
  });
  it('「a/b」: a count out of a whole, the whole the target where none is printed', () => {
    const result = checked([
      '指標\t目標値\tR5実績\t達成率',
      '① 耐震化した施設\t\t3/5\t60%',
      '② 個別計画の策定\t10\t4/5\t40%',
    ]);
    expect(rows(result)).toEqual([
      ['①', '60%', true],
      ['②', '40%', true],
    ]);
  });
  it('「x パーセント」, 「+N ポイント」, 「N円/100㎏」 and 「( x ) y」 read as figures with their units', () => {
    const result = checked([
      '指標\t基準値\t目標値\tR5実績\t達成率',
      '① 自主財源比率\t40.0 パーセント\t50.0 パーセント\t45.5 パーセント\t91.0 パーセント',
      '② 満足度の上昇\t\t+5 ポイント\t+3.5 ポイント\t70.0%',
      '③ 生産費\t16,000円/100㎏\t14,000円/100㎏\t14,500円/100㎏\t96.6%',
      '④ 相談件数\t\t200件\t(120) 150件\t75.0%',
    ]);
    expect(rows(result)).toEqual([
      ['①', '91.0%', true],
      ['②', '70.0%', true],
      ['③', '96.6%', true],
      ['④', '75.0%', true],
    ]);
    expect(result.unplaced).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it('「2億2,367万円 (67.1パーセント)」: the amount, and the rate printed in its cell where no column has one', () => {
    const result = checked([
      '基本目標\t指標\t目標値\tR5実績',
      // 2.2367 ÷ 3.3333 = 67.1%; 基本目標 names the policy, not a target.
      '1 行財政改革\t① 効果額\t3億3,333万円\t2億2,367万円 (67.1パーセント)',
      // The rate in the cell is checked as any printed rate: 45 ÷ 50 is 90%, not 85%.
      '\t② 研修受講者数\t50人\t45人（85%）',
    ]);
    expect(rows(result)).toEqual([
      ['①', '67.1%', true],
      ['②', '90%', false],
    ]);
    expect(result.kpis.map((k) => k.printed)).toEqual(['67.1%', '85%']);
    expect(result.unplaced).toEqual([]);
  });

  it('「+N ポイント」 from a printed baseline: the levels it rose to, measured as the share of the rise', () => {
    const report = importReportTable(
      readTsv(
        'rise-r4.tsv',
        [
          '指標\t策定時\t目標値\t達成値\t達成率',
          // 52.0% + 5 = 57.0 the target, 52.0 + 3 = 55.0 reached: (55 − 52) ÷ (57 − 52) = 60%.
          '① 市民満足度\t52.0%\t+5 ポイント\t+3 ポイント\t60.0%',
        ].join('\n'),
      ),
    );
    const kpi = report.kpis[0]?.kpi;
    expect(kpi?.target?.value).toBe('57');
    expect(kpi?.actuals.map((a) => a.figure.value)).toEqual(['55']);
    expect(kpi?.note).toContain('+3 ポイント');
    const result = checkReport(report);
    expect(rows(result)).toEqual([['①', '60.0%', true]]);
    expect(result.problems).toEqual([]);
  });
});

describe('actual cells that print their change on the base year beside them', () => {
  const lines = (h26: string) => [
    '区分\t基準年度(H25)\tH26\tH27',
    `排出量\t6,615t-CO2\t6,678t-CO2(基準年比 ${h26}増加)\t6,447t-CO2(基準年比 2.5%削減)`,
  ];

  it('「6,447t-CO2(基準年比 2.5%削減)」: the latest the KPI’s rate, a change on the base year; the others the years’', () => {
    const report = importReportTable(readTsv('asides.tsv', lines('1.0%').join('\n')));
    expect(checkReport(report).kpis.map((k) => [k.printed, k.computed, k.match])).toEqual([
      ['-2.5%', '-2.5%', true],
    ]);
    expect(report.kpis[0]?.kpi.formula).toBe('change');
    expect(report.problems).toEqual([]);
    const misprinted = importReportTable(readTsv('asides.tsv', lines('1.4%').join('\n')));
    expect(misprinted.problems.map((p) => [p.kind, p.row, p.column])).toEqual([['rate', 2, 3]]);
  });
});
