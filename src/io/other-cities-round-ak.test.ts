import { describe, expect, it } from 'vitest';
import { ImportError } from './import-problem.ts';
import { checkReport } from './report-check.ts';
import { requireComplete } from './report-table/missing-role.ts';
import { otherCityText, readOtherCity } from '../../test/support/other-cities.ts';

/**
 * Round ak of the development set (fixtures/other-cities/README.md): real tables that print
 * their achievement rates, of 地域福祉, 介護保険事業支援計画 and 障害福祉 plans. What each must keep
 * reading.
 */
const read = readOtherCity;
const text = otherCityText;

describe('相模原市 施策の改善工程表: 目標値(a) | 実績値(b) | 達成率(b/a又はa/b)% | 評価, the sheet’s grades below', () => {
  const file = 'sagamihara-chiikifukushi-h26.tsv';

  it('reads the three indicators, their rates from the formula’s letters, and the year of 「■平成26年度実績データ」', async () => {
    const report = await read(file);
    expect(checkReport(report).summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
    expect(report.kpis.map((k) => [k.kpi.unit, k.kpi.target?.value, k.printedGrade])).toEqual([
      ['%', '38.3', 'C'],
      ['人', '823', 'B'],
      ['%', '18.6', 'A'],
    ]);
    // The title names the year of the review (平成27年度); the figures are H26's.
    expect(report.reading.fiscalYear).toMatchObject({ year: 2014, source: 'title' });
    expect(report.kpis[1]?.kpi.actuals).toMatchObject([
      { fiscalYear: 2014, figure: { value: '777' } },
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('keeps the sheet’s 1次評価 and 2次評価 lines as notes, no KPI named 「B」', async () => {
    const report = await read(file);
    expect(report.reading.notes.map((n) => [n.row, n.text])).toEqual([
      [14, '1次評価 (所管局による自己評価)'],
      [14, 'B'],
      [15, '2次評価 (総合計画審議会による外部評価)'],
      [15, 'B'],
    ]);
    expect(report.kpis.some((k) => k.kpi.title === 'B')).toBe(false);
  });

  it('says so where a printed rate is not the figures’', async () => {
    const wrong = await read(file, text(file).replace('\t94.4%\t', '\t95.4%\t'));
    expect(checkReport(wrong).summary).toEqual({ kpis: 3, printed: 3, matched: 2 });
  });
});

describe('長崎市 基本施策F3: 目標値 / 実績値 / 達成率 lines, years with no survey printed 「-」', () => {
  const file = 'nagasaki-shougai-h27.tsv';

  it('reproduces the stand-in KPI’s H27 rate and the 13 rates of single years, none for a 「-」 year', async () => {
    const report = await read(file);
    const result = checkReport(report);
    expect(result.summary).toEqual({ kpis: 4, printed: 1, matched: 1 });
    expect(result.yearRates).toEqual({ printed: 13, matched: 13 });
    expect(report.kpis.map((k) => k.yearRates.map((y) => y.fiscalYear))).toEqual([
      [2011, 2013, 2014],
      [2011, 2013, 2014],
      [2011, 2013, 2014],
      [2011, 2012, 2013, 2014],
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

describe('大阪府 高齢者計画の検証: three tables under titles of their own, counts written 「33万3811」', () => {
  const file = 'osaka-koreisha-h19.tsv';

  it('reads the three tables as one: 要介護認定者数 (its years as rows) one KPI, then the services, 24 of 24 rates', async () => {
    const report = await read(file);
    const result = checkReport(report);
    expect(result.summary).toEqual({ kpis: 12, printed: 12, matched: 12 });
    expect(result.yearRates).toEqual({ printed: 12, matched: 12 });
    expect(report.kpis[0]?.kpi.title).toBe('要介護認定者数 (単位:人)');
    expect(report.kpis.map((k) => k.kpi.unit).slice(4, 8)).toEqual([
      '人',
      '一月あたりの人数',
      '一年あたりの回数',
      '一年あたりの回数',
    ]);
    expect(report.reading.fiscalYear?.year).toBe(2007);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('reads each count in 万 with no unit as the count it is, in the table’s unit 人', async () => {
    const report = await read(file);
    const facilities = report.kpis.find((k) => k.kpi.title === '施設サービス')?.kpi;
    expect(facilities?.unit).toBe('人');
    expect(facilities?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2006, '47877'],
      [2007, '46470'],
    ]);
    expect(facilities?.milestones.map((m) => [m.fiscalYear, m.figure.value])).toEqual([
      [2006, '50744'],
    ]);
    const visits = report.kpis.find((k) => k.kpi.title === '訪問介護')?.kpi;
    expect(visits?.target).toMatchObject({ value: '15615012', fiscalYear: 2007 });
  });

  it('says so where a printed rate is not the figures’', async () => {
    const wrong = await read(file, text(file).replace('\t89.0%', '\t89.1%'));
    expect(checkReport(wrong).summary).toEqual({ kpis: 12, printed: 12, matched: 11 });
  });
});

describe('豊島区 障害福祉計画の進捗: lines of 「項目 値」, shares of the base in brackets', () => {
  it('is refused, naming the file and the row where no header was found', async () => {
    const file = 'toshima-shougai-h28.tsv';
    await expect(read(file).then(requireComplete)).rejects.toThrow(ImportError);
    await expect(read(file).then(requireComplete)).rejects.toThrow(
      /^toshima-shougai-h28\.tsv, row 7: no header row found/,
    );
  });
});
