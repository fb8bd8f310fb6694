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

  it('reads as the figure with its second (parseFigureText)', () => {
    expect(parseFigureText('0人 (0人)')?.figure).toMatchObject({ value: '0', secondary: '0' });
    expect(parseFigureText('136人(-3人)')?.figure).toMatchObject({
      value: '136',
      secondary: '-3',
    });
    expect(parseFigureText('136人(-3人)')?.unit).toBe('人');
  });
});
