import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { isNumberedGroupLine, planHeadingLevel } from './plan-heading.ts';

const tree = (lines: string[]) =>
  importReportTable(readTsv('tree.tsv', lines.join('\n'))).plan.policies.map((p) => [
    p.name,
    p.themes.map((t) => [t.name, t.kpis.map((k) => k.title)]),
  ]);

describe('a line naming a level of the plan (「基本目標１ …」)', () => {
  it('names a basic policy or a theme by its word and number, nothing else', () => {
    expect(planHeadingLevel('基本目標１ 稼ぐ力を高める')).toBe('policy');
    expect(planHeadingLevel('第3章 安心して暮らせるまち')).toBe('policy');
    expect(planHeadingLevel('施策2 子育て支援')).toBe('theme');
    expect(planHeadingLevel('基本目標の達成状況')).toBeNull();
    // A plan's 目標 with its number (住生活基本計画 全国計画 「目標1 安全・安心で…」), not a target's year.
    expect(planHeadingLevel('目標1 安全・安心で豊かな住生活を支える生活環境の構築')).toBe('policy');
    expect(planHeadingLevel('目標 2030')).toBeNull();
    expect(planHeadingLevel('目標1年後')).toBeNull();
    expect(planHeadingLevel('目標2(R7)')).toBeNull();
    expect(planHeadingLevel('目標値')).toBeNull();
    expect(planHeadingLevel('施策の成果指標')).toBeNull();
  });

  it('names a theme by a number and a full stop before its words (「1.施設」, 「2．職員」)', () => {
    expect(planHeadingLevel('1.施設')).toBe('theme');
    expect(planHeadingLevel('２．職員')).toBe('theme');
    expect(planHeadingLevel('1.5')).toBeNull();
    expect(planHeadingLevel('1.5%')).toBeNull();
    expect(planHeadingLevel('1 施設')).toBeNull();
    expect(planHeadingLevel('1-1 図書館数')).toBeNull();
  });

  it('heads the items under a numbered section line, right under the header too', () => {
    expect(
      tree([
        '\t目標値\t実績 (平成18年度)\t達成率',
        '1.施設',
        '1-1 図書館数\t1館\t1館\t100%',
        '2.資料',
        '2-1 蔵書冊数\t350,000冊\t315,479冊\t90%',
        '2-2 貸出資料数\t550,000冊\t491,718冊\t89%',
      ]),
    ).toEqual([
      [
        expect.any(String),
        [
          ['施設', ['図書館数']],
          ['資料', ['蔵書冊数', '貸出資料数']],
        ],
      ],
    ]);
  });

  it('heads the KPIs under it, right under the header too, not a second header line', () => {
    expect(
      tree([
        '施策\tKPI\t基準値（H30）\t目標値（R6）\t実績値（R5）\t達成率',
        '基本目標１ 稼ぐ力を高める',
        '(1)農林業の振興\t新規就農者数（人）\t5\t25\t18\t65.0%',
        '基本目標２ 新しい人の流れをつくる',
        '(1)移住促進\t移住者数（人）\t50\t100\t120\t140.0%',
      ]),
    ).toEqual([
      ['基本目標１ 稼ぐ力を高める', [['農林業の振興', ['新規就農者数（人）']]]],
      ['基本目標２ 新しい人の流れをつくる', [['移住促進', ['移住者数（人）']]]],
    ]);
  });

  it('heads the KPIs from the title lines above the header and from the codes’ column (番号 | 指標)', () => {
    expect(
      tree([
        '基本目標１　しごとをつくる',
        '施策1-1　農業の振興',
        '番号\t指標\t基準値(H30)\t実績値(R5)\t目標値(R6)\t達成率',
        '1-1-1\t新規就農者数（人）\t5\t8\t10\t80.0%',
        '施策1-2　観光の振興',
        '1-2-1\t観光客数（万人）\t100\t140\t150\t93.3%',
      ]),
    ).toEqual([
      [
        '基本目標１　しごとをつくる',
        [
          ['施策1-1　農業の振興', ['新規就農者数（人）']],
          ['施策1-2　観光の振興', ['観光客数（万人）']],
        ],
      ],
    ]);
    // A section of the document numbered alone (「1.燃料等使用量」) is no level of the plan.
    expect(
      tree([
        '1.燃料等使用量の削減目標',
        '種類\t基準値\t目標値\t実績値(R5)\t達成率',
        'ガソリン\t100\t90\t95\t94.7%',
      ]),
    ).toEqual([['', [['', ['ガソリン']]]]]);
  });

  it('heads each block under a header of its own (総合戦略: 数値目標, then 施策 | KPI)', () => {
    expect(
      tree([
        '基本目標１ 稼ぐ力を高める',
        '数値目標\t基準値（H30）\t目標値（R6）\t実績値（R5）\t達成率',
        '市内総生産額（億円）\t2,500\t2,700\t2,650\t75.0%',
        '施策\tKPI\t基準値（H30）\t目標値（R6）\t実績値（R5）\t達成率',
        '(1)農林業の振興\t新規就農者数（人）\t5\t25\t18\t65.0%',
        '基本目標２ 新しい人の流れをつくる',
        '施策\tKPI\t基準値（H30）\t目標値（R6）\t実績値（R5）\t達成率',
        '(1)移住促進\t移住者数（人）\t50\t100\t120\t140.0%',
      ]),
    ).toEqual([
      [
        '基本目標１ 稼ぐ力を高める',
        [
          ['', ['市内総生産額（億円）']],
          ['農林業の振興', ['新規就農者数（人）']],
        ],
      ],
      ['基本目標２ 新しい人の流れをつくる', [['移住促進', ['移住者数（人）']]]],
    ]);
  });
});

describe('a group numbered by a bare figure over items numbered ① … (入間市博物館 重点施策別評価表)', () => {
  const sheet = [
    '\t単位\t25年度目標\t25年度実績\t達成率',
    '1お茶の博物館推進事業',
    '① 「アリットお茶大学」の実施\t講座数\t27\t29\t107%',
    '②「アリット夏祭り」の開催\t人\t2,000\t1890\t95%',
    '2博物館資料の収集・整理・保存・活用',
    '①資料の収集とその保存、整理\t%\t100%\t100%\t100%',
  ];

  it('is a group only beside an item numbered ①, and never a count before words', () => {
    expect(isNumberedGroupLine('1お茶の博物館推進事業', '① 「アリットお茶大学」の実施')).toBe(true);
    expect(isNumberedGroupLine('1お茶の博物館推進事業', '講座受講者数')).toBe(false);
    expect(isNumberedGroupLine('1 施設', '①蔵書数')).toBe(false);
    expect(isNumberedGroupLine('1-2 職員数', '①蔵書数')).toBe(false);
  });

  it('heads the items under it, no header line and no KPI; the second group’s ① a KPI of its own', () => {
    const report = importReportTable(readTsv('t.tsv', sheet.join('\n')));
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.kpis.map((k) => [k.kpi.code, k.kpi.title])).toEqual([
      ['①', '「アリットお茶大学」の実施'],
      ['②', '「アリット夏祭り」の開催'],
      ['①2', '資料の収集とその保存、整理'],
    ]);
    expect(tree(sheet)[0]?.[1]).toEqual([
      ['お茶の博物館推進事業', ['「アリットお茶大学」の実施', '「アリット夏祭り」の開催']],
      ['博物館資料の収集・整理・保存・活用', ['資料の収集とその保存、整理']],
    ]);
  });
});
