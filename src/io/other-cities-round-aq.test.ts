import { describe, expect, it } from 'vitest';
import { checkReport } from './report-check.ts';
import { readOtherCity } from '../../test/support/other-cities.ts';

/**
 * Round aq of the development set (fixtures/other-cities/README.md): tables read at first sight
 * for issue 24, and one older table the same rules now read. What each must keep reading.
 */
const read = readOtherCity;

describe('群馬県 男女共同参画: shares printed as bare figures under 「女性参画率」', () => {
  it('reads them as the rates, うち女性委員数 ÷ 委員総数, 9 of 9', async () => {
    const report = await read('gunma-danjo-r2.tsv');
    expect(checkReport(report).summary).toEqual({ kpis: 9, printed: 9, matched: 9 });
    expect(report.unplaced).toEqual([]);
    // うち女性委員数 is a part of 委員総数: the swap (every KPI a decrease) is no tie.
    expect(report.problems).toEqual([]);
  });
});

describe('野洲市 審議会等女性委員の参画割合: two counts a year apart, 「H26.1.1現在 A」 … 「B/A」', () => {
  it('reads each body’s latest count by the formula’s letters, not the dates as two years', async () => {
    const report = await read('yasu-danjo-h26.tsv');
    const result = checkReport(report);
    expect(result.summary).toEqual({ kpis: 9, printed: 8, matched: 8 });
    expect(result.kpis.map((k) => k.computed).slice(0, 3)).toEqual(['20.0%', null, '40.0%']);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

describe('北海道 特定健康診査実施率: 「平成22年度 (速報値)」 beside 平成20年度 and 平成21年度', () => {
  it('takes the provisional year for the report year, its result against its target', async () => {
    const report = await read('hokkaido-tokuteikenshin-h22.tsv');
    expect(report.fiscalYear).toBe(2010);
    expect(checkReport(report).kpis.map((k) => k.computed)).toEqual(['48%', null, '79%', null]);
    expect(report.problems).toEqual([]);
    // The second table's header of two lines, 「目標値」 under each year, is the header again.
    expect(report.unplaced).toEqual([]);
  });
});

describe('浜松市 会計別予算額調: 「比 較 率」 over 0.10, △ 11.87 (no % sign)', () => {
  it('finds the header by the rate word and reproduces the change rates it counts', async () => {
    const report = await read('hamamatsu-yosan-h28.tsv');
    const summary = checkReport(report).summary;
    expect(summary.matched).toBe(summary.printed);
    expect(summary.printed).toBeGreaterThanOrEqual(16);
  });
});

describe('宮代町 公共下水道: years as rows, 「整備率 B/A(%)」 … 「有収率 G/F(%)」 over bare figures', () => {
  it('reads a KPI per rate by its letters and checks every year’s rate, the misprinted ones named', async () => {
    const report = await read('miyashiro-gesuido-r5.tsv');
    expect(report.fiscalYear).toBe(2023);
    const result = checkReport(report);
    expect(result.summary).toEqual({ kpis: 4, printed: 4, matched: 4 });
    expect(result.yearRates).toEqual({ printed: 72, matched: 68 });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toHaveLength(4);
  });
});

describe('那珂川町 審議会等への女性の登用: one row of counts and 女性比率(%), no label column', () => {
  it('reads one KPI named by its share, 144 ÷ 430 = 33.5% reproduced', async () => {
    const report = await read('chikushinakagawa-danjo-h27.tsv');
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['女性比率']);
    expect(checkReport(report).summary).toEqual({ kpis: 1, printed: 1, matched: 1 });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

describe('登別市 市道の種類別延長: lines under nested labels printed once, 「車道5.5m未満」 among them', () => {
  it('reads each line as a KPI named by its path, the misprint 273..0 alone unplaced', async () => {
    const report = await read('noboribetsu-shido-r5.tsv');
    expect(report.kpis).toHaveLength(19);
    expect(report.kpis[9]?.kpi.title).toBe('実延長の内訳 幅員別内訳 車道5.5m未満');
    expect(report.unplaced.map((u) => u.text)).toEqual(['273..0']);
  });
});
