import { describe, expect, it } from 'vitest';
import { fileNameYear } from './report-year.ts';
import { checkReport } from '../report-check.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

describe("the year a file's name gives, when the table names none (三田市)", () => {
  it('reads an era year, a western year or a 年度 in the name', () => {
    expect(fileNameYear('src/io/fixtures/sanda-gyoseikaikaku-h20.tsv')).toEqual({
      year: 2008,
      name: 'sanda-gyoseikaikaku-h20.tsv',
    });
    expect(fileNameYear('kpi_R5.xlsx')?.year).toBe(2023);
    expect(fileNameYear('2023年度進捗.csv')?.year).toBe(2023);
    expect(fileNameYear('令和元年度.csv')?.year).toBe(2019);
  });

  it('gives none for letters and digits inside a word, or no year at all', () => {
    expect(fileNameYear('ch20.tsv')).toBeNull();
    expect(fileNameYear('report.tsv')).toBeNull();
    expect(fileNameYear('')).toBeNull();
  });
});

describe('years written as the plan’s year count, or bare (issue 24)', () => {
  const read = (lines: string[]) =>
    checkReport(importReportTable(readTsv('years.tsv', lines.join('\n'))));
  it('「第2年度目」 columns are the years of the plan period the title names', () => {
    const result = read([
      '第2期総合戦略（令和2年度～令和6年度） 第2年度目の進捗状況',
      '指標\t基準値(R1)\t第1年度目 実績\t第2年度目 実績\t目標値(R6)\t達成率',
      '① 移住者数\t100\t110\t120\t200\t60.0%',
    ]);
    expect(result.fiscalYear).toBe(2021);
    expect(result.kpis.map((k) => [k.code, k.computed, k.match])).toEqual([['①', '60.0%', true]]);
  });
  it('with no period named, the plan counts its years from the year after the baseline’s', () => {
    const result = read([
      '指標\t基準値(R1)\t第1年度目 実績\t第2年度目 実績\t目標値(R6)\t達成率',
      '観光客数\t100\t110\t120\t200\t60.0%',
      '移住者数\t10\t12\t15\t30\t50.0%',
    ]);
    expect(result.fiscalYear).toBe(2021);
    expect(result.kpis.map((k) => [k.computed, k.match])).toEqual([
      ['60.0%', true],
      ['50.0%', true],
    ]);
  });
  it('「12年度」 beside 「22年度」 are both 平成 years', () => {
    const report = importReportTable(
      readTsv(
        'years.tsv',
        [
          '指標\t12年度実績\t17年度実績\t22年度実績\t目標値\t達成率',
          '① ごみ排出量\t1,200\t1,100\t1,000\t900\t90%',
        ].join('\n'),
      ),
    );
    expect(report.fiscalYear).toBe(2010);
    expect(report.kpis[0]?.kpi.actuals.map((a) => a.fiscalYear)).toEqual([2000, 2005, 2010]);
  });
});

describe('a title’s date of a month the sheet was made on (事後評価 「…により評価(令和3年4月)」)', () => {
  const year = (titles: string[]) =>
    importReportTable(
      readTsv(
        'made-on.tsv',
        [...titles, '指標\t基準値\t目標値\t実績値', '耐震化率\t60%\t80%\t72%(令和2年度末)'].join(
          '\n',
        ),
      ),
    ).reading.fiscalYear;

  it('comes after the year the actuals’ cells print', () => {
    expect(year(['建築課において評価を実施(令和3年4月)'])).toMatchObject({
      year: 2020,
      source: 'inferred',
    });
  });

  it('is the report’s where no cell prints a year, and a count as of a day stays the title’s', () => {
    const none = importReportTable(
      readTsv(
        'made-on.tsv',
        ['評価を実施(令和3年4月)', '指標\t基準値\t目標値\t実績値', '耐震化率\t60%\t80%\t72%'].join(
          '\n',
        ),
      ),
    ).reading.fiscalYear;
    expect(none).toMatchObject({ year: 2021, source: 'title' });
    expect(year(['主な指標(令和3年4月1日現在)'])).toMatchObject({ year: 2021, source: 'title' });
    expect(year(['主な指標(令和3年度)'])).toMatchObject({ year: 2021, source: 'title' });
  });
});

describe('a title year after the years printed, where a column of results names none', () => {
  it('is the report year: the years printed are the past (武蔵野市 過去の実績 H24–H26, 実績値 under 平成27年度)', () => {
    const lines = [
      '平成27年度 経営目標評価シート',
      '指標\t平成25年度\t平成26年度\t目標値\t実績値\t達成率',
      '防災推進員の活動\t4,945\t4,913\t5,000\t5,738\t114.8%',
      '斡旋・販売事業\t1,328\t1,422\t1,500\t1,203\t80.2%',
    ];
    const report = importReportTable(readTsv('sheet.tsv', lines.join('\n')));
    expect(report.fiscalYear).toBe(2015);
    expect(checkReport(report).summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
    // With no yearless column of results, the latest year column is the report's, the title's aside.
    const yearly = lines.map((l) => l.replace(/\t実績値|\t5,738|\t1,203/g, ''));
    expect(importReportTable(readTsv('sheet.tsv', yearly.join('\n'))).fiscalYear).toBe(2014);
  });
});

describe('a line naming its year’s 実績 above a table whose actuals name no year (相模原市 改善工程表)', () => {
  const year = (titles: string[], header = '指標名\t目標値(a)\t実績値(b)\t達成率') =>
    importReportTable(
      readTsv('actuals-year.tsv', [...titles, header, '登録者数\t823\t777\t94.4%'].join('\n')),
    ).reading.fiscalYear;

  it('is the report year, before the title’s own year', () => {
    expect(year(['平成27年度 総合計画進行管理', '■平成26年度実績データ'])).toMatchObject({
      year: 2014,
      source: 'title',
    });
    expect(year(['平成27年度 総合計画進行管理'])).toMatchObject({ year: 2015, source: 'title' });
  });

  it('gives way to a column of actuals that names its year', () => {
    expect(year(['■平成26年度実績データ'], '指標名\t目標値\tH27実績値\t達成率')).toMatchObject({
      year: 2015,
    });
  });
});
