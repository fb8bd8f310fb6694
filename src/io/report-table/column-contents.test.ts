import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';

const read = (lines: readonly string[]) =>
  importReportTable(readTsv('t.tsv', lines.join('\n')), { fiscalYear: fiscalYear(2014) });

describe('a column its header words take for figures, whose cells are text', () => {
  it('names the KPIs in a table of one KPI too: its one cell is the evidence (那珂川町 活性化計画)', () => {
    const report = read([
      '事業活用活性化計画目標\t目標値A\t実績値B\t達成率(%) B/A',
      '地域産物の販売額\t0.20%\t-10.02%\t-5010.00%',
    ]);
    expect(report.reading.columns.map((c) => c.role)).toEqual(['kpi', 'target', 'actual', 'rate']);
    expect(report.kpis[0]?.kpi.title).toBe('地域産物の販売額');
    // −10.02 ÷ 0.20 = −50.1: a negative rate, as printed.
    expect(checkReport(report).summary).toEqual({ kpis: 1, printed: 1, matched: 1 });
  });

  it('keeps a one-KPI table’s figure column a figure column', () => {
    const report = read(['指標\t目標値\t実績値\t達成率', '地域産物の販売額\t200\t150\t75.0%']);
    expect(report.reading.columns.map((c) => c.role)).toEqual(['kpi', 'target', 'actual', 'rate']);
  });
});

describe('a column a difference’s word heads, holding only sentences (「差異について考えられる要因…」)', () => {
  it('is narrative, its one sentence merged over the lines no cell unplaced, the 差異 beside it a difference', () => {
    const report = read([
      '指標\t計画値\t実績値\t差異\t差異について考えられる要因やその確認方法',
      '要介護認定率\t20.1%\t19.1%\t1.0%\t実際は後期高齢者の認定率の伸びが鈍化した。',
      '受給率\t10.2%\t10.0%\t0.2%\t',
    ]);
    const roles = report.reading.columns.map((c) => c.role);
    expect(roles.slice(3)).toEqual(['difference', 'narrative']);
    expect(report.unplaced).toEqual([]);
  });
});

describe('a column headed 成果目標 holding the goals as sentences (産地 forms)', () => {
  it('names the KPIs though columns of other text stand left of it and its sentences hold numbers', () => {
    // The 別記様式 of 産地 reports: 市町村名 | 事業実施主体 | 品目 | 成果目標 | 計画時 | N年後 … |
    // 目標値 | 達成率; the second goal's row leaves the first cells empty (one cell spans both).
    const report = read([
      '市町村名\t事業実施主体\t品目\t成果目標\t計画時\t1年後\t2年後\t3年後\t目標値\t達成率\t成果目標の達成状況',
      '弘前市\t株式会社青研\t果樹(りんご)\tブランド品の割合を1ポイント以上増加\t33.0%\t37.3%\t41.5%\t46.0%\t40.9%\t164.6%\t目標を上回った。',
      '\t\t果樹(りんご)\t契約取引の割合を3ポイント以上増\t36.0%\t47.5%\t52.0%\t56.0%\t51.0%\t133.3%\t目標を上回った。',
    ]);
    expect(report.reading.columns.map((c) => c.role)).toEqual([
      'other',
      'other',
      'other',
      'kpi',
      'baseline',
      'other',
      'other',
      'actual',
      'target',
      'rate',
      'narrative',
    ]);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      'ブランド品の割合を1ポイント以上増加',
      '契約取引の割合を3ポイント以上増',
    ]);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    expect(report.unplaced).toEqual([]);
  });
});

describe('rows of figures with what they are made of beside them (「33.0% (234.6t/710.5t)」)', () => {
  it('are rows of the table, not more lines of its header', () => {
    const report = read([
      '成果目標\t計画時\t1年後\t目標値\t実績値',
      'ブランド品の割合を1ポイント以上増加\t33.0% (234.6t/710.5t)\t37.3% (309.6t/830.0t)\t40.9% (380.6t/930t)\t37.3% (309.6t/830.0t)',
    ]);
    expect(report.reading.headerRows).toEqual([1]);
    expect(report.kpis[0]?.kpi.baseline?.value).toBe('33.0');
  });
});

describe('a column headed as the target, holding the goal sentences (広島市 スポーツ振興計画)', () => {
  it('is narrative, and the target year its header names is no report year: the actuals’ latest is', () => {
    const report = importReportTable(
      readTsv(
        't.tsv',
        [
          '\t平成27年度までの数値目標 (目標年度:平成32年度)\t25年度\t26年度\t27年度',
          '【数値目標1】\t週1回以上スポーツをする市民(20歳以上)の割合を3人に2人(65%)以上にします。\t47.2%\t51.4%\t51.5%',
        ].join('\n'),
      ),
    );
    expect(report.reading.columns.map((c) => c.role)[1]).toBe('narrative');
    expect(report.fiscalYear).toBe(2015);
  });
});
