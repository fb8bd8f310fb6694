import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPendingFigure, parseFigureText, plainFigure } from './figure-text.ts';
import { normalizeUnit, convertScale, isKnownUnit } from './unit.ts';
import { decimal, parseDecimal } from './decimal.ts';

const value = (text: string) => parseFigureText(text)?.figure.value;

describe('parseFigureText', () => {
  it('reads thousands separators and full-width digits', () => {
    expect(value('3,692')).toBe('3692');
    expect(value('299,963')).toBe('299963');
    expect(value('８．３９')).toBe('8.39');
    expect(value('２，１０２')).toBe('2102');
  });
  it('reads ⑱ "2(1)" as 2 with 1 reviewed, and "(1)" as a secondary alone', () => {
    expect(parseFigureText('2(1)')?.figure).toEqual({
      value: '2',
      secondary: '1',
      mark: null,
      estimate: false,
    });
    expect(parseFigureText('（1）')?.figure).toEqual({
      value: null,
      secondary: '1',
      mark: null,
      estimate: false,
    });
  });
  it('reads dashes and words that mean no value as marks', () => {
    for (const mark of ['-', '―', '－', 'なし', '未集計', '未公表', '評価なし']) {
      const parsed = parseFigureText(mark);
      expect(parsed?.figure.value).toBeNull();
      expect(parsed?.figure.mark).not.toBeNull();
    }
  });
  it('reads a figure not measured that year, in words, as no value (「調査なし」, 「測定不能」)', () => {
    for (const mark of [
      '調査なし',
      '未調査',
      '測定不能',
      '算出不可',
      '（集計不能）',
      'データなし',
    ]) {
      expect([mark, parseFigureText(mark)?.figure]).toEqual([
        mark,
        expect.objectContaining({ value: null, mark: mark.normalize('NFKC') }),
      ]);
    }
    // A count of surveys is a figure; a sentence saying more is none.
    expect(parseFigureText('調査3回')?.figure.value).not.toBeNull();
    expect(parseFigureText('調査なしのため前年度値を記載')).toBeUndefined();
  });
  it('reads a figure not published yet, its date perhaps said, as no value (「R6.9公表予定」)', () => {
    for (const mark of ['R6.9公表予定', '公表予定', '（令和6年秋確定予定）', '集計予定']) {
      expect([mark, parseFigureText(mark)?.figure]).toEqual([
        mark,
        expect.objectContaining({ value: null }),
      ]);
      expect(parseFigureText(mark)?.figure.mark).toBeTruthy();
    }
    // A figure with a word after it is no pending mark.
    expect(parseFigureText('120人')?.figure.value).toBe('120');
  });
  it('reads a figure not settled when the sheet was made as no value (鳥取県 工程表 「数値未確定」)', () => {
    for (const mark of [
      '数値未確定',
      '未確定',
      '集計 中',
      '調査中',
      '実績未公表',
      'H28.8確定見込',
    ]) {
      expect([mark, parseFigureText(mark)?.figure.value]).toEqual([mark, null]);
      expect(isPendingFigure(mark), mark).toBe(true);
    }
    // The month it is to be settled in is no date of the figure, nor any other word a pending one.
    for (const text of [
      '未確定 12',
      '確定',
      '中',
      '設置',
      '未実施',
      '12人',
      'H28.8',
      'H28.8 5.3冊',
    ])
      expect(isPendingFigure(text), text).toBe(false);
    expect(isPendingFigure('R6.9公表予定')).toBe(true);
  });
  it('reads a note mark alone (※) as no value', () => {
    // 長崎市 教育 H23 実績値 「※」: the survey gave no figure that year.
    expect(parseFigureText('※')?.figure).toMatchObject({ value: null, mark: '※' });
    expect(parseFigureText('※ ')?.figure.value).toBeNull();
  });
  it('reads negatives as ▲, △ or a minus sign', () => {
    expect(value('▲12')).toBe('-12');
    expect(value('△0.5')).toBe('-0.5');
    expect(value('−3')).toBe('-3');
  });
  it('flags estimates (見込)', () => {
    expect(parseFigureText('120(見込)')?.figure).toMatchObject({ value: '120', estimate: true });
    // 小諸市 健康づくり計画 特定健康診査受診率, H25's result: 「34.0(見込値)」.
    expect(parseFigureText('34.0(見込値)')?.figure).toMatchObject({
      value: '34.0',
      estimate: true,
    });
    // 茨城県 "7,077 (速報値)": a first count, to be revised.
    expect(parseFigureText('7,077 (速報値)')?.figure).toMatchObject({
      value: '7077',
      estimate: true,
    });
    // Provisional and estimated counts, in brackets or after a ※: the figure, flagged.
    for (const text of [
      '1.58（暫定値）',
      '1.58(暫定)',
      '120（概数）',
      '120（推計値）',
      '120 ※速報値',
    ])
      expect(parseFigureText(text), text).toMatchObject({
        figure: { estimate: true },
        unit: null,
      });
    expect(parseFigureText('1.58（暫定値）')?.figure.value).toBe('1.58');
  });
  it('reads a rise written after the figure (「10%増」, 「5%増加」)', () => {
    expect(parseFigureText('10%増')).toMatchObject({
      figure: { value: '10' },
      unit: '%',
      rise: true,
    });
    expect(parseFigureText('5%増加')).toMatchObject({ figure: { value: '5' }, rise: true });
    expect(parseFigureText('20%削減')).toMatchObject({ reduction: true, unit: '%' });
    expect(parseFigureText('20%削減')?.rise).toBeUndefined();
  });
  it('reads a unit inside the value cell', () => {
    expect(parseFigureText('300人')).toMatchObject({ figure: { value: '300' }, unit: '人' });
    expect(parseFigureText('3,297百万円')).toMatchObject({
      figure: { value: '3297' },
      unit: '百万円',
    });
    expect(parseFigureText('5億4,900万円')).toMatchObject({
      figure: { value: '5.49' },
      unit: '億円',
    });
    // The parts below 万 too, each in its place, read in the largest scale written.
    for (const [text, value, unit] of [
      ['5億6,504万4千円', '5.65044', '億円'],
      ['7億4587万6千円', '7.45876', '億円'],
      ['1億5千万円', '1.5', '億円'],
      ['8182万7千円', '8182.7', '万円'],
      ['1万2千3百円', '1.23', '万円'],
      ['95万9千人', '95.9', '万人'],
      ['1万8225人', '1.8225', '万人'],
    ] as const)
      expect([text, parseFigureText(text)]).toMatchObject([text, { figure: { value }, unit }]);
    // Out of order, or digits after a scale below 万: no such figure.
    for (const text of ['5千4億円', '3千5百万4億円', '1.5万8225人', '2千8225円'])
      expect([text, parseFigureText(text)?.figure.value]).not.toEqual([text, expect.any(String)]);
    expect(parseFigureText('45,298平方メートル')).toMatchObject({
      figure: { value: '45298' },
      unit: 'm²',
    });
    expect(parseFigureText('33.2%')).toMatchObject({ figure: { value: '33.2' }, unit: '%' });
  });
  it('reads reductions, floors and ceilings', () => {
    expect(parseFigureText('15人削減')).toMatchObject({
      figure: { value: '15' },
      unit: '人',
      reduction: true,
    });
    expect(parseFigureText('80%以上')).toMatchObject({
      figure: { value: '80' },
      bound: 'at-least',
    });
    expect(parseFigureText('18.00%以下')).toMatchObject({
      figure: { value: '18.00' },
      bound: 'at-most',
    });
  });
  it('is not fooled by text', () => {
    for (const text of [
      '',
      '企画課',
      '累計',
      '単年度',
      '1 地域経営マネジメント',
      '①',
      '3.4.5.6',
      '1,23',
    ]) {
      expect(parseFigureText(text)).toBeUndefined();
    }
  });
  it('never throws on arbitrary text, and a value it reads is a canonical decimal (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const parsed = parseFigureText(text);
        if (parsed?.figure.value != null) expect(parsed.figure.value).toMatch(/^-?\d+(\.\d+)?$/);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), (n) => {
        expect(value(n.toLocaleString('en-US'))).toBe(String(n));
      }),
    );
  });
});

describe('units', () => {
  it('reads a count in 万 with its thousands: 福島市 "95万9千人" is 95.9 万人, as "635万人" is 635', () => {
    expect(parseFigureText('95万9千人')).toMatchObject({ figure: { value: '95.9' }, unit: '万人' });
    expect(parseFigureText('635万人')).toMatchObject({ figure: { value: '635' }, unit: '万人' });
    // Each part below 万 in its place: 12,300 people.
    expect(parseFigureText('1万2千3百人')).toMatchObject({
      figure: { value: '1.23' },
      unit: '万人',
    });
  });
  it('reads a dash with a unit after it as no figure in that unit: 浦河町 "― 件/年"', () => {
    expect(parseFigureText('― 件/年')).toMatchObject({
      figure: { value: null, mark: '―' },
      unit: '件/年',
    });
    // A sign before a figure is no dash: "- 5人" is minus five.
    expect(parseFigureText('- 5人')).toMatchObject({ figure: { value: '-5' }, unit: '人' });
    expect(parseFigureText('― 取組なし、次年度以降に検討')).toBeUndefined();
  });
  it('reads a count in 万 with the rest in digits: "1万8225人" is 1.8225 万人, "2万50件" 2.005 万件', () => {
    expect(parseFigureText('1万8225人')).toMatchObject({
      figure: { value: '1.8225' },
      unit: '万人',
    });
    expect(parseFigureText('2万50件')).toMatchObject({ figure: { value: '2.005' }, unit: '万件' });
    // A bound after it is read as for any figure.
    expect(parseFigureText('1万7187人超')).toMatchObject({
      figure: { value: '1.7187' },
      unit: '万人',
      bound: 'at-least',
    });
    // With no unit after it (大阪府 高齢者計画の検証 「33万3811」, 「1590万886」, 「26万0084」): in 万.
    expect(parseFigureText('33万3811')).toMatchObject({ figure: { value: '33.3811' }, unit: '万' });
    expect(parseFigureText('1590万886')).toMatchObject({
      figure: { value: '1590.0886' },
      unit: '万',
    });
    expect(parseFigureText('26万0084')).toMatchObject({ figure: { value: '26.0084' }, unit: '万' });
    // More than four digits below 万, or a fraction before it, is no such count.
    expect(parseFigureText('1万82250人')).toBeUndefined();
    expect(parseFigureText('33万38110')).toBeUndefined();
    expect(parseFigureText('1.5万8225人')).toBeUndefined();
  });
  it('reads an area or a volume written with its digit: 能代市 "970m3", "45m2"', () => {
    expect(parseFigureText('970m3')).toMatchObject({ figure: { value: '970' }, unit: 'm³' });
    expect(parseFigureText('45m2')).toMatchObject({ figure: { value: '45' }, unit: 'm²' });
    expect(parseFigureText('3m4')).toBeUndefined();
  });
  it('reads an emission in CO2, the digit part of its unit: 阿波市 "6,678t-CO2"', () => {
    expect(parseFigureText('6,678t-CO2')).toMatchObject({
      figure: { value: '6678' },
      unit: 't-CO2',
    });
    expect(parseFigureText('120kg-CO2')).toMatchObject({ figure: { value: '120' } });
  });
  it('reads a figure with its change on the base year in brackets, the sign a word: "6,678t-CO2(基準年比 1.0%増加)"', () => {
    expect(parseFigureText('6,678t-CO2(基準年比 1.0%増加)')).toMatchObject({
      figure: { value: '6678' },
      aside: { kind: 'rate', printed: '1.0%', words: '基準年比 1.0%増加' },
    });
    expect(parseFigureText('6,447t-CO2(基準年比 2.5%削減')).toMatchObject({
      aside: { kind: 'rate', printed: '-2.5%' },
    });
  });
  it('normalizes "m ²" to m²', () => {
    expect(normalizeUnit('m ²')).toBe('m²');
    expect(normalizeUnit('㎡')).toBe('m²');
    expect(normalizeUnit('億 円')).toBe('億円');
  });
  it('converts between scales of one unit (money, counts, measures)', () => {
    expect(convertScale(decimal('3297'), '百万円', '億円')).toBe('32.97');
    expect(convertScale(decimal('1'), '人', '億円')).toBeUndefined();
    expect(convertScale(decimal('95.9'), '万人', '人')).toBe('959000');
    expect(convertScale(decimal('1200'), 't', '千t')).toBe('1.2');
    expect(convertScale(decimal('5'), '%', '千%')).toBeUndefined();
    expect(convertScale(decimal('5'), '人', '件')).toBeUndefined();
  });
});

describe('parseFigureText: cells printing two figures or words for units (issue 24)', () => {
  const aside = (text: string) => parseFigureText(text)?.aside;
  it('「N人減 M人」: the level reached, and how far it came down', () => {
    expect(parseFigureText('5人減 145人')).toMatchObject({
      figure: { value: '145' },
      unit: '人',
      reduction: false,
    });
    expect(aside('5人減 145人')).toEqual({ kind: 'reduced-by', amount: '5' });
    expect(aside('12人削減、1,288人')).toEqual({ kind: 'reduced-by', amount: '12' });
    // Alone, 「5人減」 is an amount to bring down, as 「5人削減」 is.
    expect(parseFigureText('5人減')).toMatchObject({ figure: { value: '5' }, reduction: true });
  });
  it('「N人、…のx%」: a count, and the share of a whole it is', () => {
    expect(parseFigureText('1,234人、受診対象者 2,700人の45.7%')).toMatchObject({
      figure: { value: '1234' },
      unit: '人',
      aside: { kind: 'share', percent: '45.7' },
    });
    expect(aside('120人、対象者の35.2%')).toEqual({ kind: 'share', percent: '35.2' });
  });
  it('「x パーセント」 is x %', () => {
    expect(parseFigureText('67.1 パーセント')).toMatchObject({
      figure: { value: '67.1' },
      unit: '%',
    });
  });
  it('「N円/100㎏」: a price per 100 kg, a unit Mieruka knows', () => {
    expect(parseFigureText('14,500円/100㎏')).toMatchObject({
      figure: { value: '14500' },
      unit: '円/100kg',
      aside: null,
    });
    expect(isKnownUnit('円/100kg')).toBe(true);
    expect(isKnownUnit('円/100kq')).toBe(false);
  });
  it('「+N ポイント」: a rise in points', () => {
    expect(parseFigureText('+3.5 ポイント')).toMatchObject({
      figure: { value: '3.5' },
      unit: 'ポイント',
    });
    expect(parseFigureText('＋2ポイント')?.figure.value).toBe('2');
    expect(parseFigureText('▲1.2ポイント')?.figure.value).toBe('-1.2');
    // The sign says it is a rise from somewhere (the baseline); no sign, no rise.
    expect(parseFigureText('+3.5 ポイント')?.rise).toBe(true);
    expect(parseFigureText('3.5 ポイント')?.rise).toBeUndefined();
    expect(parseFigureText('▲1.2ポイント')?.rise).toBeUndefined();
  });
  it('「2億2,367万円 (67.1パーセント)」: an amount, and its rate printed in brackets', () => {
    expect(parseFigureText('2億2,367万円 (67.1パーセント)')).toMatchObject({
      figure: { value: '2.2367' },
      unit: '億円',
      aside: { kind: 'rate', printed: '67.1%' },
    });
    expect(aside('45人（▲5%）')).toEqual({ kind: 'rate', printed: '-5%' });
    // A percentage beside a percentage is not its rate; a count in brackets is no rate.
    expect(aside('52.0% (48.5%)')).toBeUndefined();
    expect(aside('150件 (120)')).toBeNull();
  });
  it('fractions 「a/b」: a count out of a whole; a month/day is not one', () => {
    expect(parseFigureText('3/5')).toMatchObject({
      figure: { value: '3' },
      aside: { kind: 'out-of', whole: '5' },
    });
    expect(aside('12件/20件')).toEqual({ kind: 'out-of', whole: '20' });
    expect(parseFigureText('4/1')).toBeUndefined();
    expect(aside('30人/日')).toBeNull();
  });
  it('「( x ) y」: y, with x beside it in brackets as 「y(x)」 has it', () => {
    expect(parseFigureText('(3) 5')?.figure).toEqual({
      value: '5',
      secondary: '3',
      mark: null,
      estimate: false,
    });
    expect(parseFigureText('（1,030） 2,930')?.figure).toMatchObject({
      value: '2930',
      secondary: '1030',
    });
    // Spaces inside the brackets, as a PDF's text prints them, either side of the figure.
    expect(parseFigureText('( 3 ) 5')?.figure).toMatchObject({ value: '5', secondary: '3' });
    expect(parseFigureText('5 ( 3 )')?.figure).toMatchObject({ value: '5', secondary: '3' });
    expect(parseFigureText('5 ( ▲ 3 )')?.figure).toMatchObject({ value: '5', secondary: '-3' });
  });
  it('三重県 「▲262 (▲498)」: a cut with last year’s cut beside it in brackets, spaces or none', () => {
    expect(parseFigureText('▲262 (▲498)')?.figure).toMatchObject({
      value: '-262',
      secondary: '-498',
    });
    expect(parseFigureText('▲ 19(▲ 9)')?.figure).toMatchObject({ value: '-19', secondary: '-9' });
    expect(parseFigureText('▲1.6(▲3.0)')?.figure).toMatchObject({
      value: '-1.6',
      secondary: '-3.0',
    });
    expect(parseFigureText('5 (▲0)')?.figure).toMatchObject({ value: '5', secondary: '0' });
    expect(parseFigureText('▲262 (▲)')).toBeUndefined();
  });
});

describe('a figure given as about that much', () => {
  it('reads 「500人程度」 and 「500人前後」 as 500 人', () => {
    expect(parseFigureText('500人程度')).toMatchObject({ figure: { value: '500' }, unit: '人' });
    expect(parseFigureText('1,200 前後')).toMatchObject({ figure: { value: '1200' }, unit: null });
    expect(parseFigureText('程度')).toBeUndefined();
  });
});

describe('a plain figure, read with no regular expression run again', () => {
  it('reads as parseDecimal reads its digits with the separators out', () => {
    const texts = ['0', '7', '007', '0.5', '00.50', '3,692', '0,123', '1,234,567.890', '8.39'];
    texts.push('12345678901234567890', '123456789012345678901', '1.12345678901', '0.0');
    for (const text of texts) {
      const value = parseDecimal(text.replaceAll(',', ''));
      expect(parseFigureText(text)?.figure.value).toBe(value);
      expect(plainFigure(text)).toEqual(parseFigureText(text));
    }
  });
});
