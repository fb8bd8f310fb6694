import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import { keyedPairs, titleTargets } from './title-targets.ts';

const read = (lines: string[]) => importReportTable(readTsv('targets.tsv', lines.join('\n')));
const targetsOf = (lines: string[]) =>
  read(lines).kpis.map((k) => [
    k.kpi.title,
    k.kpi.target?.kind ?? null,
    k.kpi.target?.value ?? null,
    k.kpi.direction,
  ]);

describe('keyedPairs: a cell keying a target to each line by its label', () => {
  it('reads two or more 「label:figure」 (尼崎市 「(目標値 国:3,000 人以下 県:133 人以下)」)', () => {
    expect(keyedPairs('(目標値 国:3,000 人以下 県:133 人以下 市:8 人以下)')).toEqual([
      ['国', '3,000 人以下'],
      ['県', '133 人以下'],
      ['市', '8 人以下'],
    ]);
    expect(keyedPairs('目標 男性：80% 女性：85%')).toEqual([
      ['男性', '80%'],
      ['女性', '85%'],
    ]);
  });

  it('reads none in one pair (a form’s 「項目:値」) or in pairs that are no figures', () => {
    expect(keyedPairs('目標値:77人')).toEqual([]);
    expect(keyedPairs('担当:環境課 期間:5年間以内に策定')).toEqual([]);
  });
});

describe('titleTargets: targets printed in the lines above a table', () => {
  it('reads a line of a name and a figure, the word 目標値 before the figure dropped', () => {
    const found = titleTargets([
      { row: 1, cells: ['・ 年間交通事故死者数', '4人以下(県の数値目標 35人以下)'] },
      { row: 2, cells: ['<1>地域生活への移行者数', '目標値:77人'] },
      { row: 3, cells: ['(単位:人)'] },
      { row: 4, cells: ['令和5年度', '実績'] },
    ]);
    expect(found.map((t) => [t.key, t.text, t.figure.parsed.bound])).toEqual([
      ['・ 年間交通事故死者数', '4人以下(県の数値目標 35人以下)', 'at-most'],
      ['<1>地域生活への移行者数', '77人', null],
    ]);
  });
});

describe('KPIs given the targets their title lines print', () => {
  it('a line naming the KPI by more words (交通安全計画 「年間交通事故死者数」 over the line 「死 者 数」)', () => {
    expect(
      targetsOf([
        '◎目標',
        '・ 年間交通事故死者数\t4人以下',
        '・ 年間交通事故負傷者数\t800人以下',
        '\tH26\tH27',
        '死 者 数\t5\t4',
        '負 傷 者 数\t744\t763',
      ]),
    ).toEqual([
      ['死 者 数', 'at-most', '4', 'decrease'],
      ['負 傷 者 数', 'at-most', '800', 'decrease'],
    ]);
  });

  it('a line keyed by the lines’ labels, each in its turn, a target in 万 at the unit’s own scale', () => {
    expect(
      targetsOf([
        '\t\t(目標値 県:130 人以下 市:8 人以下)',
        '\t\tH26\tH27',
        '死者数\t県\t182\t171',
        '\t市\t9\t16',
        '\t\t(目標値 県:4 万人以下 市:2,900 人以下)',
        '\t\tH26\tH27',
        '死傷者数\t県\t37,076\t35,374',
        '\t市\t2,730\t2,482',
      ]),
    ).toEqual([
      ['死者数 県', 'at-most', '130', 'decrease'],
      ['死者数 市', 'at-most', '8', 'decrease'],
      ['死傷者数 県', 'at-most', '40000', 'decrease'],
      ['死傷者数 市', 'at-most', '2900', 'decrease'],
    ]);
  });

  it('leaves a KPI no line names, or that two lines name, or whose row prints a target, as it is', () => {
    expect(
      targetsOf([
        '来館者数の目標\t12,000人',
        '来館者数(本館)の目標\t9,000人',
        '指標\tR4年度\tR5年度\t目標値',
        '来館者数\t10,500\t11,000\t',
        '講座参加者数\t300\t320\t400',
        '貸出冊数\t5,000\t5,200\t',
      ]),
    ).toEqual([
      ['来館者数', null, null, 'increase'],
      ['講座参加者数', 'value', '400', 'increase'],
      ['貸出冊数', null, null, 'increase'],
    ]);
  });
});
