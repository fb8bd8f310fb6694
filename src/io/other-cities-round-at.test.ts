import { describe, expect, it } from 'vitest';
import { checkReport } from './report-check.ts';
import { readOtherCity } from '../../test/support/other-cities.ts';

/**
 * Round at of the development set (fixtures/other-cities/README.md): seven tables read at first
 * sight for issue 24, none read fully then, and what the rules they taught make of them now.
 */
const read = readOtherCity;

describe('徳島県 不動産取得税: 「収入歩合」 unrounded, rows under 局 › 庁舎 › 現 / 滞 / 計', () => {
  it('reads each line by its path and every rate as the sheet computes it, 18 of 18', async () => {
    const report = await read('tokushima-kenzei-r3.tsv');
    const result = checkReport(report);
    expect(result.summary).toEqual({ kpis: 21, printed: 18, matched: 18 });
    expect(report.kpis[4]?.kpi.title).toBe('東 部 徳島 滞');
    // The exact quotient rounded at 15 places ends …495; the sheet's double prints …496.
    expect(result.kpis[4]?.computed).toBe('16.128711113233496%');
    expect(report.unplaced).toEqual([]);
    // 調定額 and 収入額 reproduce the rates either way round: asked, not guessed.
    expect(report.problems.map((p) => p.kind)).toEqual(['reading']);
  });
});

describe('a 北海道 市 統計書 水洗化普及状況: 「水洗化率」 over 「世帯数 | 人 口」, R4–R5 unrounded', () => {
  it('reads a KPI per rate and year, each on its own words’ columns: read fully, 10 of 10', async () => {
    const report = await read('unknown-suisenka-r5.tsv');
    expect(checkReport(report).summary).toEqual({ kpis: 10, printed: 10, matched: 10 });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });
});

// 佐井村 and 車力村 徴収実績, badly read after round at, are read fully since round aw
// (other-cities-round-aw.test.ts).
describe('what round at left as it was found', () => {
  it('滝沢市 水道決算: the changes on last year in brackets (「△44人(△0.1%)」) are not read', async () => {
    const report = await read('takizawa-suido-h18.tsv');
    expect(checkReport(report).summary).toEqual({ kpis: 13, printed: 0, matched: 0 });
    expect(report.unplaced).toEqual([]);
    // The later tables' 「単位:千円」 is not the first table's: its figures print their own units.
    expect(report.problems).toEqual([]);
    expect(report.kpis.map((k) => k.kpi.unit).slice(0, 2)).toEqual(['人', '戸']);
    expect(report.kpis[7]?.kpi.unit).toBe('千円');
  });

  it('a 市 歳入決算: three years’ 対前年度 増減率 kept as printed, unchecked and unsaid', async () => {
    const report = await read('unknown-kessan-h27.tsv');
    expect(checkReport(report).summary).toEqual({ kpis: 4, printed: 0, matched: 0 });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('長野市 款別支出状況: 「前年度 対 比」 read by no word, the lost 公債費 ratio said', async () => {
    const report = await read('naganoshi-kessan-h15.tsv');
    expect(checkReport(report).summary).toEqual({ kpis: 12, printed: 0, matched: 0 });
    expect(report.unplaced.map((u) => u.text)).toEqual(['?']);
  });
});
