import { describe, expect, it } from 'vitest';
import { withoutBracketUnit } from './bracketed-unit.ts';
import { parseFigureText } from './figure-text.ts';

describe('a figure with a second of its own unit in brackets', () => {
  it('drops the unit written again, and a ± or + sign (0人 (0人), 136人(-3人), 139人(±0人))', () => {
    expect(withoutBracketUnit('0人 (0人)')).toBe('0人(0)');
    expect(withoutBracketUnit('136人(-3人)')).toBe('136人(-3)');
    expect(withoutBracketUnit('139人(±0人)')).toBe('139人(0)');
    expect(withoutBracketUnit('12件(+3件)')).toBe('12件(3)');
  });

  it('leaves other brackets as they are: another unit, a share, a word', () => {
    expect(withoutBracketUnit('5人(4%)')).toBe('5人(4%)');
    expect(withoutBracketUnit('17,979頭 (7 千円)')).toBe('17,979頭 (7 千円)');
    expect(withoutBracketUnit('120(見込)')).toBe('120(見込)');
    expect(withoutBracketUnit('3人(5件)')).toBe('3人(5件)');
  });

  it('moves a unit written once after the bracket before it (5(4)人, 6 (6) 人, 12(3)件)', () => {
    expect(withoutBracketUnit('5(4)人')).toBe('5人(4)');
    expect(withoutBracketUnit('6 (6) 人')).toBe('6人(6)');
    expect(withoutBracketUnit('1,200(300)件')).toBe('1,200件(300)');
  });

  it('leaves a bracket of words, a share or a unit of digits before the unit as it is', () => {
    expect(withoutBracketUnit('5(見込)人')).toBe('5(見込)人');
    expect(withoutBracketUnit('5(4%)人')).toBe('5(4%)人');
    expect(withoutBracketUnit('5(4)m3')).toBe('5(4)m3');
    expect(withoutBracketUnit('5(4)人以上の世帯')).toBe('5(4)人以上の世帯');
  });

  it('reads a figure and its part, the unit after both, as the figure with its second', () => {
    expect(parseFigureText('5(4)人')?.figure).toMatchObject({ value: '5', secondary: '4' });
    expect(parseFigureText('5(4)人')?.unit).toBe('人');
    expect(parseFigureText('8(8)人')?.figure).toMatchObject({ value: '8', secondary: '8' });
  });

  it('reads as the figure with its second (parseFigureText)', () => {
    expect(parseFigureText('0人 (0人)')?.figure).toMatchObject({ value: '0', secondary: '0' });
    expect(parseFigureText('136人(-3人)')?.figure).toMatchObject({
      value: '136',
      secondary: '-3',
    });
    expect(parseFigureText('136人(-3人)')?.unit).toBe('人');
  });
});
