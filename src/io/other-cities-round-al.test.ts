import { describe, expect, it } from 'vitest';
import { checkReport } from './report-check.ts';
import { otherCityText, readOtherCity } from '../../test/support/other-cities.ts';

/**
 * Round al of the development set (fixtures/other-cities/README.md): tables that print their
 * rates and reproduce them, but were not read fully. What each must keep reading.
 */
const read = readOtherCity;

describe('兵庫県 事務事業評価 狩猟期シカ捕獲拡大事業: 目標値 | 年度, the goal over two lines', () => {
  const file = 'hyogo-shika-h25.tsv';

  it('gives each target the year printed beside it, and the goal’s second line the plans of H25 and H26', async () => {
    const report = await read(file);
    const [catches, sightings] = report.kpis.map((k) => k.kpi);
    expect(catches?.target).toMatchObject({ value: '13300', fiscalYear: 2012 });
    expect(sightings?.target).toMatchObject({ value: '1.00', fiscalYear: 2016 });
    // 「20,000頭/ 年 | H25 H26」: the plan of H25 and of H26 (the 26年度 目標 column agrees).
    expect(
      [...(catches?.milestones ?? [])]
        .sort((a, b) => a.fiscalYear - b.fiscalYear)
        .map((m) => [m.fiscalYear, m.figure.value]),
    ).toEqual([
      [2013, '20000'],
      [2014, '20000'],
    ]);
    expect(report.reading.rows.find((r) => r.row === 8)).toMatchObject({
      kind: 'wrapped',
      kpi: '1',
    });
  });

  it('reproduces both rates, places every cell, and reads 頭 as a year’s count of 頭/年', async () => {
    const report = await read(file);
    const checked = checkReport(report);
    expect(checked.kpis.map((k) => [k.code, k.printed, k.computed, k.direction])).toEqual([
      ['1', '135.2%', '135.2%', 'increase'],
      ['2', '58.5%', '58.5%', 'decrease'],
    ]);
    expect(report.kpis[0]?.kpi.unit).toBe('頭/年');
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

describe('津野町 財政健全化計画 推移表: 乖離値 and 乖離率 under every year, the year before the plan last', () => {
  const file = 'tsuno-zaiseikenzenka-h21.tsv';

  it('checks each year’s difference against its plan and keeps the earlier years’ as printed', async () => {
    const report = await read(file);
    const differences = report.reading.columns.filter((c) => c.role === 'difference');
    expect(differences).toHaveLength(6);
    // A misprinted difference of an earlier year is found, no longer written over by the next.
    const misprinted = await readOtherCity(
      file,
      otherCityText(file).replace('乖離値(C) (A−B)\t0.7', '乖離値(C) (A−B)\t0.8'),
    );
    expect(misprinted.problems.map((p) => [p.kind, p.message])).toEqual([
      [
        'difference',
        "KPI ②: the H19 difference printed is 0.8, but that year's plan less actual is 0.7",
      ],
    ]);
    expect(report.kpis[0]?.kpi.extras.map((e) => e.text)).toEqual(
      expect.arrayContaining(['0.7', '4.2', '4.1', '4.0', '7.7']),
    );
  });

  it('reproduces every rate, the 計画前年度 49.0% as H23’s 8.0 against the H18 baseline 15.7', async () => {
    const report = await read(file);
    const checked = checkReport(report);
    expect(checked.summary).toEqual({ kpis: 1, printed: 1, matched: 1 });
    expect(checked.yearRates).toEqual({ printed: 5, matched: 5 });
    expect(checked.kpis[0]?.yearRates.map((r) => [r.year, r.printed, r.computed])).toEqual([
      ['H19', '5.2%', '5.2%'],
      ['H20', '32.3%', '32.3%'],
      ['H21', '32.8%', '32.8%'],
      ['H22', '33.3%', '33.3%'],
      ['H18', '49.0%', '49.0%'],
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

describe('御所市 第5次総合計画: ごみの量 (ダウン), its year rates printed as actual ÷ target', () => {
  it('reports H23’s and H24’s rates as printed as for a figure to raise, not adopted', async () => {
    const report = await read('gose-sougoukeikaku-h25.tsv');
    const rates = report.problems.filter((p) => p.kind === 'rate');
    expect(rates.map((p) => [p.row, p.column])).toEqual([
      [11, 9],
      [11, 11],
    ]);
    for (const p of rates) expect(p.message).toContain('printed as actual ÷ target');
    expect(checkReport(report).yearRates).toEqual({ printed: 6, matched: 4 });
  });
});
