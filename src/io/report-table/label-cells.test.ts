import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';
import {
  continuationLabel,
  parseKpiLabel,
  parseOrderedLabel,
  splitDepartments,
  startsWithKpiCode,
  withoutMemberCount,
} from './label-cells.ts';

describe('a KPI cell', () => {
  it('福井市 水道ビジョン: a name printed with its definition is the name, the definition its note', () => {
    expect(parseKpiLabel('管路の耐震化率=(耐震管延長/管路総延長)×100')).toMatchObject({
      title: '管路の耐震化率',
      note: '管路の耐震化率=(耐震管延長/管路総延長)×100',
    });
    // The bracket opening the definition is not the name's (合志市 施策評価 成果指標).
    expect(parseKpiLabel('B:不登校の出現率( =不登校生徒数/全児童・生徒数× 100)').title).toBe(
      'B:不登校の出現率',
    );
    // A formula alone, or one with two 「=」, is no definition.
    expect(parseKpiLabel('=A/B').title).toBe('=A/B');
    expect(parseKpiLabel('率=a/b=c').title).toBe('率=a/b=c');
  });

  it('江田島市: a known unit in brackets at the end of the name is the unit; the name stays as printed', () => {
    expect(parseKpiLabel('有害鳥獣による農作物年間被害額(千円)')).toMatchObject({
      title: '有害鳥獣による農作物年間被害額(千円)',
      unit: '千円',
    });
    expect(parseKpiLabel('オリーブ栽培の面積(ha)').unit).toBe('ha');
  });

  it('栃木県: a unit in lenticular brackets 【%】, and a bare ※ kept as the note', () => {
    expect(parseKpiLabel('大気環境基準達成率(二酸化窒素)【%】')).toMatchObject({
      unit: '%',
      note: null,
    });
    expect(parseKpiLabel('公共用水域の環境基準(BOD)達成率【%】※')).toMatchObject({
      title: '公共用水域の環境基準(BOD)達成率【%】',
      note: '※',
      unit: '%',
    });
    expect(parseKpiLabel('大気環境基準達成率【%】※*3').note).toBe('*3');
  });

  it('a note in brackets closing the name keeps its brackets out of the title and the note', () => {
    expect(parseKpiLabel('基幹管路耐震適合率(※参考)')).toMatchObject({
      title: '基幹管路耐震適合率',
      note: '参考',
    });
    expect(parseKpiLabel('管路更新率(※)')).toMatchObject({ title: '管路更新率', note: '※' });
    // A bracket the name opens before its note is the name's (a bracket not closing the cell).
    expect(parseKpiLabel('更新率(管路)※推計')).toMatchObject({
      title: '更新率(管路)',
      note: '推計',
    });
  });

  it('a mark before the name is a tag, not part of the title; a mark alone is the title', () => {
    expect(parseKpiLabel('○集落営農等の法人化数')).toMatchObject({
      tags: ['○'],
      title: '集落営農等の法人化数',
    });
    expect(parseKpiLabel('○').title).toBe('○');
    expect(parseKpiLabel('【KPI】移住相談件数（件）')).toMatchObject({
      tags: ['【KPI】'],
      title: '移住相談件数（件）',
    });
    // A category in the same brackets is the name's (三田市 行政改革), as is a bracket alone.
    expect(parseKpiLabel('【適正化】職員に関すること').title).toBe('【適正化】職員に関すること');
    expect(parseKpiLabel('【KPI】').title).toBe('【KPI】');
  });

  it('a bracket that is no unit is not one', () => {
    expect(parseKpiLabel('行政改革の推進(108項目)').unit).toBeNull();
    expect(parseKpiLabel('① ★ 参加者数').unit).toBeNull();
  });
});

describe('continuationLabel: labels in half-width kana or combining marks (the quick test of the last character)', () => {
  it('reads them as NFKC does', () => {
    expect(continuationLabel('ｼﾞｮｳﾎｳｾﾝﾀｰ')).toBe('department');
    expect(continuationLabel('企画ｸﾞﾙｰﾌﾟ')).toBe('department');
    expect(continuationLabel('企画グルーフ\u309a')).toBe('department');
    expect(continuationLabel('累 計')).toBe('cumulative');
    expect(continuationLabel('21 ★ 指標21の件数')).toBeNull();
  });
});

describe('a code of levels joined by hyphens before the name (健康増進計画 評価指標)', () => {
  it('reads 「1-2 年1回健康診査を受けている人の増加」 as code 1-2 and its name', () => {
    expect(parseKpiLabel('1-2 年1回健康診査を受けている人の増加')).toMatchObject({
      code: '1-2',
      title: '年1回健康診査を受けている人の増加',
    });
    expect(parseKpiLabel('2-1-3 歩数の増加').code).toBe('2-1-3');
    // A range or a figure is no code.
    expect(parseKpiLabel('20-64歳の就業率').code).toBeNull();
  });

  it('reads a code run into its name, the space lost (「3-1資料購入費」), not a range before its word', () => {
    expect(parseKpiLabel('3-1資料購入費')).toMatchObject({ code: '3-1', title: '資料購入費' });
    expect(parseKpiLabel('2-1-3歩数の増加')).toMatchObject({ code: '2-1-3', title: '歩数の増加' });
    expect(parseKpiLabel('4-6月の来館者数').code).toBeNull();
    expect(parseKpiLabel('20-30代の投票率').code).toBeNull();
    expect(parseKpiLabel('1-2号線の利用者数').code).toBeNull();
  });
});

describe('the word naming what the cell holds before the name', () => {
  it('reads 「指標名：観光入込客数」 as the name 観光入込客数, 「成果指標: 」 and 「KPI：」 alike', () => {
    expect(parseKpiLabel('指標名：観光入込客数').title).toBe('観光入込客数');
    expect(parseKpiLabel('成果指標: 宿泊者数').title).toBe('宿泊者数');
    expect(parseKpiLabel('KPI：移住者数').title).toBe('移住者数');
    // A name that only starts with the word is the name.
    expect(parseKpiLabel('指標となる地区数').title).toBe('指標となる地区数');
  });
});

describe('a number in brackets before the name, written full-width', () => {
  it('reads 「（１）市税収納率の向上」 as code （１） and its name, as 「(1)」 is', () => {
    expect(parseKpiLabel('（１）市税収納率の向上')).toMatchObject({
      code: '（１）',
      title: '市税収納率の向上',
    });
    expect(parseKpiLabel('(1)市税収納率の向上')).toMatchObject({
      code: '(1)',
      title: '市税収納率の向上',
    });
    expect(parseKpiLabel('１．市税収納率の向上')).toMatchObject({
      code: '１',
      title: '市税収納率の向上',
    });
    // A figure in brackets after the start is the name's.
    expect(parseKpiLabel('市税収納率（１）').code).toBeNull();
  });
});

describe('a total with the count of its rows after it (「合計(34団体)」, 「計（3事業）」)', () => {
  it('is a total label, as 合計 and 計 are; a title in brackets is not', () => {
    expect(continuationLabel('合計(34団体)')).toBe('total');
    expect(continuationLabel('計（3事業）')).toBe('total');
    expect(continuationLabel('合計')).toBe('total');
    expect(continuationLabel('市計(12団体)')).toBeNull();
    expect(continuationLabel('合計特殊出生率(人)')).toBeNull();
    expect(withoutMemberCount('合計(34団体)')).toBe('合計');
    expect(withoutMemberCount('新規就農者数(人)')).toBe('新規就農者数(人)');
  });

  it('is checked as the sum of the rows above it, as 合計 alone is', () => {
    const rows = [
      '区分\tR1年4月1日 職員数\tR3年4月1日 職員数\t増減率',
      '本庁\t320人\t310人\t▲3.1%',
      '支所\t80人\t76人\t▲5.0%',
      '合計(2部門)\t400人\t386人\t▲3.5%',
    ];
    const read = (text: string[]) => importReportTable(readTsv('staff-r3.tsv', text.join('\n')));
    expect(read(rows).problems).toEqual([]);
    const wrong = read(rows.map((r) => r.replace('386人', '380人')));
    expect(wrong.problems.map((p) => [p.kind, p.row])).toContainEqual(['total', 4]);
    const plain = read(rows.map((r) => r.replace('合計(2部門)', '合計').replace('386人', '380人')));
    expect(plain.problems.map((p) => p.kind)).toEqual(wrong.problems.map((p) => p.kind));
  });
});

describe('a policy or theme cell', () => {
  it('reads its number written 「1.」, 「①」 or in brackets 「(1)」 apart from its name', () => {
    expect(parseOrderedLabel('(1)農林業の振興')).toMatchObject({
      number: '1',
      name: '農林業の振興',
    });
    expect(parseOrderedLabel('（２） 企業誘致')).toMatchObject({ number: '2', name: '企業誘致' });
    expect(parseOrderedLabel('1. 子育て支援')).toMatchObject({ number: '1', name: '子育て支援' });
    expect(parseOrderedLabel('①移住促進')).toMatchObject({ number: '1', name: '移住促進' });
    expect(parseOrderedLabel('移住促進')).toMatchObject({ number: '', name: '移住促進' });
  });
});

describe('a department cell of one department, read with no split', () => {
  // The split every cell took before.
  const bySplit = (text: string) =>
    text
      .split(/[\s、,，・/／]+/)
      .map((d) => d.trim())
      .filter((d) => d !== '');
  it('splits as the separators say', () => {
    const texts = [
      '',
      '企画課',
      '総務課 財政課',
      ' 総務課',
      '総務課、財政課',
      'A・B',
      '課/室',
      '　',
      '課\u3000室',
    ];
    for (const text of texts) expect(splitDepartments(text)).toEqual(bySplit(text));
  });
});

describe('startsWithKpiCode: its first character tested first', () => {
  it('says what the pattern says, spaces and enclosed numbers first or not', () => {
    const pattern = /^\s*[\u2460-\u2473\u2474-\u2487\u3251-\u325f\u32b1-\u32bf\u2776-\u2793]/;
    const texts = [
      '',
      '① 指標',
      ' ①',
      '\u3000⑳',
      '\u00a0❶',
      '\ufeff①',
      '1 指標',
      '指標①',
      'あ',
      'ア',
    ];
    texts.push('㉑ 指標', '㊱', '⑴ 指標', '➓', '\u2028①', '\u0085①', 'Ⅰ 指標', '（1）', '~①');
    for (const text of texts) expect(startsWithKpiCode(text)).toBe(pattern.test(text));
  });
});
