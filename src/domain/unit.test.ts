import { describe, expect, it } from 'vitest';
import { decimal } from './decimal.ts';
import { convertScale, isKnownUnit, looksDamagedUnit, normalizeUnit } from './unit.ts';

describe('isKnownUnit', () => {
  it('knows the seed units, money, magnitudes and rates', () => {
    for (const unit of ['件', '人', '%', 'm²', '億円', '回', '百万円', '千人', '人/日'])
      expect([unit, isKnownUnit(unit)]).toEqual([unit, true]);
    expect(isKnownUnit(normalizeUnit('m ²'))).toBe(true);
  });
  it('does not know ⑦\'s "m ²" once CP932 lost the ² ("m ?"), nor a stray word', () => {
    expect(isKnownUnit(normalizeUnit('m ?'))).toBe(false);
    expect(isKnownUnit('あいう')).toBe(false);
  });
});

describe('normalizeUnit: measures spelled out in katakana', () => {
  it('writes them as their symbols, per-quantity units included (明和町)', () => {
    expect(normalizeUnit('キログラム/年')).toBe('kg/年');
    expect(normalizeUnit('キロワット')).toBe('kW');
    expect(normalizeUnit('キロワット時')).toBe('kWh');
    expect(normalizeUnit('平方キロメートル')).toBe('km²');
    expect(normalizeUnit('パーセント')).toBe('%');
    for (const unit of ['キログラム/年', 'キロワット', 'トン', 'ヘクタール'])
      expect([unit, isKnownUnit(normalizeUnit(unit))]).toEqual([unit, true]);
  });
  it('leaves other words alone', () => {
    expect(normalizeUnit('人')).toBe('人');
    expect(normalizeUnit('トンネル')).toBe('トンネル');
    expect(normalizeUnit('キロ')).toBe('キロ');
  });
});

describe('looksDamagedUnit', () => {
  it('is a unit with a character lost to an encoding, not one merely unknown', () => {
    expect(looksDamagedUnit(normalizeUnit('m ?'))).toBe(true);
    expect(looksDamagedUnit('m\uFFFD')).toBe(true);
    expect(looksDamagedUnit('頭')).toBe(false);
    expect(looksDamagedUnit('t-CO2')).toBe(false);
  });
});

describe('convertScale: a rate of a counter per something', () => {
  it('scales the counter and keeps what it is per (小諸市 「延 10万人/年」 beside 「84,067人/年」)', () => {
    expect(convertScale(decimal('10'), '万人/年', '人/年')).toBe('100000');
    expect(convertScale(decimal('84067'), '人/年', '万人/年')).toBe('8.4067');
    // Per another thing, or per the same thing at another scale, is no one unit.
    expect(convertScale(decimal('10'), '万人/年', '人/日')).toBeUndefined();
    expect(convertScale(decimal('10'), '人/年', '人/千人')).toBeUndefined();
  });
});

describe('convertScale: a magnitude alone, no unit after it (大阪府 「33万3811」)', () => {
  it('is one of the other unit, known or not, at that scale', () => {
    expect(convertScale(decimal('33.3811'), '万', '人')).toBe('333811');
    expect(convertScale(decimal('1590.0886'), '万', '一年あたりの回数')).toBe('15900886');
    expect(convertScale(decimal('33.3811'), '万', '千人')).toBe('333.811');
    expect(convertScale(decimal('2'), '億', '万')).toBe('20000');
  });

  it('is no percentage', () => {
    expect(convertScale(decimal('33.3811'), '万', '%')).toBeUndefined();
  });
});
