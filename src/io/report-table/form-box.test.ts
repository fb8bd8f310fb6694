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

/** 加古川市 事務事業評価シート 認知症施策総合推進事業, in part: the box a line of pairs, then the grids. */
const KAKOGAWA = [
  '加古川市事務事業評価シート〈平成30年度実施事業〉',
  '事務事業名\t認知症施策総合推進事業\t部局名\t福祉部\t課(室)名\t高齢者・地域福祉課',
  '【事業実績】',
  '活動指標名\t単位\t平成28年度\t平成29年度\t平成30年度',
  '相談会開催回数\t回\t1\t1\t1',
  '【事業成果】',
  '成果指標名\t単位\t目標値\t目標年度\t平成28年度\t平成29年度\t平成30年度',
  '相談件数\t件\t2,500\t平成32年度\t2,282\t3,235\t4,021',
];

describe('a form’s box as a line of pairs, each field’s name then its value (加古川市 事務事業評価シート)', () => {
  it('makes each pair a title line, so that the line is not taken for the header', () => {
    const turned = readFormBox(rows(KAKOGAWA));
    expect(turned?.rows.slice(1, 4).map((r) => r.cells)).toEqual([
      ['事務事業名 認知症施策総合推進事業'],
      ['部局名 福祉部'],
      ['課(室)名 高齢者・地域福祉課'],
    ]);
    expect(turned?.origin(3, 1)).toEqual({ row: 2, column: 4 });
    expect(turned?.copies?.(3, 1)).toEqual([{ row: 2, column: 3 }]);
    const report = importReportTable(tsv(KAKOGAWA));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['相談会開催回数', '相談件数']);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('is no box where a label names no field (…名) or a value is one', () => {
    const header = [...KAKOGAWA];
    header[1] = '指標\t認知症施策総合推進事業\t部局名\t福祉部\t課(室)名\t高齢者・地域福祉課';
    expect(readFormBox(rows(header))).toBeNull();
    const names = [...KAKOGAWA];
    names[1] = '事務事業名\t指標名\t部局名\t福祉部\t課(室)名\t高齢者・地域福祉課';
    expect(readFormBox(rows(names))).toBeNull();
    // A header of field names and columns' words alternating is a header.
    const columns = [...KAKOGAWA];
    columns[1] = '事業名\t指標\t担当課名\t目標値';
    expect(readFormBox(rows(columns))).toBeNull();
  });
});
