import { describe, expect, it } from 'vitest';
import { contentRows } from '../grid.ts';
import { readTsv } from '../read-delimited.ts';
import { readFormBox } from './form-box.ts';
import { importReportTable } from './import-report-table.ts';

const tsv = (lines: readonly string[]) => readTsv('t.tsv', lines.join('\n'));
const rows = (lines: readonly string[]) => contentRows(tsv(lines).rows);

/** 酒田市 経営体育成支援事業 目標達成状況報告書 (2年度目): the form's box, a title line, the grid. */
const SAKATA = [
  '都道府県名\t市町村名\t地区名',
  '山形県\t酒田市\t酒田南部地区',
  '事業実施年度\t目標年度\t事業実施主体',
  '平成25年度\t平成27年度\t酒田市',
  'Ⅰ 地区の成果目標',
  '(単位:経営体、%)',
  '項 目\t目標達成状況(上段:計画、下段:実績)\t\t\t',
  '\t1年度目\t2年度目\t目標年度 (3年度目)\t2年度目 達成状況 (%)',
  '① 経営面積の拡大\t0\t0\t1\t-',
  '\t0\t0\t\t',
  '② 農産物の高付加価値化\t0\t1\t1\t-',
  '\t0\t1\t\t',
];

describe('a form’s box of the plan above its table (経営体育成支援事業 目標達成状況報告書)', () => {
  it('makes each field of the box a title line of its label and value', () => {
    const turned = readFormBox(rows(SAKATA));
    expect(turned?.rows.slice(0, 7).map((r) => r.cells)).toEqual([
      ['都道府県名 山形県'],
      ['市町村名 酒田市'],
      ['地区名 酒田南部地区'],
      ['事業実施年度 平成25年度'],
      ['目標年度 平成27年度'],
      ['事業実施主体 酒田市'],
      ['Ⅰ 地区の成果目標'],
    ]);
    // The value's cell is the line's place; the label's, a copy.
    expect(turned?.origin(4, 1)).toEqual({ row: 4, column: 1 });
    expect(turned?.copies?.(4, 1)).toEqual([{ row: 3, column: 1 }]);
  });

  it('reads the grid under it: each 成果目標 its plan and result by counted year from 事業実施年度', () => {
    const report = importReportTable(tsv(SAKATA));
    expect(report.fiscalYear).toBe(2014);
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['経営面積の拡大', '農産物の高付加価値化']);
    const second = report.kpis[1]?.kpi;
    expect(second?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2013, '0'],
      [2014, '1'],
    ]);
    expect(second?.target).toMatchObject({ value: '1', fiscalYear: 2015 });
    expect(report.unplaced).toEqual([]);
  });

  it('is no box where the pair is a header over its first row, or no title line follows it', () => {
    const header = [
      '指標名\t担当課\t備考',
      '相談窓口の周知\t福祉課\t継続',
      '講座の開催\t生涯学習課\t継続',
    ];
    expect(readFormBox(rows(header))).toBeNull();
    const noTitle = SAKATA.filter((l) => l !== 'Ⅰ 地区の成果目標' && !l.startsWith('(単位'));
    expect(readFormBox(rows(noTitle))).toBeNull();
    // Values that are a KPI's figures are no box's.
    const figures = ['基準値\t目標値', '120\t150', '指標', '名\t基準値\t目標値', 'a\t1\t2'];
    expect(readFormBox(rows(figures))).toBeNull();
    // Nor are lines of a name and its figures chained in words (高知県 水産業分野).
    const chained = [
      '◆分野を代表する目標',
      '漁業生産額\t目標設定時(H25): 446億円 ⇒ 直近値(H26):445億円',
      '水産加工出荷額\t目標設定時(H25): 173億円 ⇒ 直近値(H26):175億円',
      '人工種苗の供給尾数',
      '【カンパチ】\tH26:0尾 →H31:50万尾\tH28:10万尾',
    ];
    expect(readFormBox(rows(chained))).toBeNull();
  });
});
