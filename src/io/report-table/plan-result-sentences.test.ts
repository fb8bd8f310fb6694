import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { planResultClauses, readPlanResultSentences } from './plan-result-sentences.ts';

describe("a sentence's plan, result and rate of a kind of work", () => {
  it('reads each clause: what before は, the plan, the result, the rate in brackets', () => {
    expect(
      planResultClauses(
        '間伐は計画1,000立方メートルに対して実績1,200立方メートル(達成率120%)、主伐は目標200立方メートルに対し実行100立方メートル(実行歩合50パーセント)でした。',
      ),
    ).toEqual([
      { name: '間伐', target: '1,000立方メートル', actual: '1,200立方メートル', rate: '120%' },
      { name: '主伐', target: '200立方メートル', actual: '100立方メートル', rate: '50パーセント' },
    ]);
    expect(
      planResultClauses(
        '造林については、計画500ヘクタールに対して実行450ヘクタール(実行歩合90パーセント)',
      ),
    ).toMatchObject([{ name: '造林', target: '500ヘクタール', rate: '90パーセント' }]);
  });

  it('reads no clause from a sentence with no plan against a result, nor a rate alone', () => {
    expect(planResultClauses('伐採立木材積は全体で実行歩合107パーセントでした。')).toEqual([]);
    expect(planResultClauses('計画どおり実施した。')).toEqual([]);
  });
});

describe('a page of such sentences, no grid (地域森林計画 前計画の実行結果)', () => {
  const page = [
    '前計画の実行結果',
    '造林については、計画500ヘクタールに対して実行450ヘクタール(実行歩合90パーセント)でした。',
    '間伐は計画1,000立方メートルに対して実績1,200立方メートル(達成率120%)、主伐は目標200立方メートルに対し実行100立方メートル(実行歩合50パーセント)でした。',
    '林道の開設は、おおむね計画どおりでした。',
  ].join('\n');

  it('reads a KPI per clause with its plan as the target, and reproduces every printed rate', () => {
    const report = importReportTable(readTsv('forest.tsv', page), { fiscalYear: fiscalYear(2020) });
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['造林', '間伐', '主伐']);
    expect(report.kpis.map((k) => k.kpi.target?.value)).toEqual(['500', '1000', '200']);
    expect(report.kpis.map((k) => k.kpi.unit)).toEqual(['ha', 'm³', 'm³']);
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
    expect(report.unplaced).toEqual([]);
  });

  it('leaves a grid, and a page with no such clause, to the other readers', () => {
    expect(
      readPlanResultSentences(readTsv('t.tsv', '指標\t計画\t実績\n造林\t500\t450').rows),
    ).toBeNull();
    expect(
      readPlanResultSentences(readTsv('t.tsv', '前計画の実行結果\n計画どおりでした。').rows),
    ).toBeNull();
  });
});
