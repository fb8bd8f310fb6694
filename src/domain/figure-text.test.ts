import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFigureText } from './figure-text.ts';
import { normalizeUnit, convertMoney } from './unit.ts';
import { decimal } from './decimal.ts';

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
  it('reads negatives as ▲, △ or a minus sign', () => {
    expect(value('▲12')).toBe('-12');
    expect(value('△0.5')).toBe('-0.5');
    expect(value('−3')).toBe('-3');
  });
  it('flags estimates (見込)', () => {
    expect(parseFigureText('120(見込)')?.figure).toMatchObject({ value: '120', estimate: true });
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
  it('normalizes "m ²" to m²', () => {
    expect(normalizeUnit('m ²')).toBe('m²');
    expect(normalizeUnit('㎡')).toBe('m²');
    expect(normalizeUnit('億 円')).toBe('億円');
  });
  it('converts money units', () => {
    expect(convertMoney(decimal('3297'), '百万円', '億円')).toBe('32.97');
    expect(convertMoney(decimal('1'), '人', '億円')).toBeUndefined();
  });
});
