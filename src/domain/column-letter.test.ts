import { describe, expect, it } from 'vitest';
import { columnLetter, columnNumber } from './column-letter.ts';

describe('column letters', () => {
  it('reads letters as a spreadsheet counts them, in either case', () => {
    expect(columnNumber('A')).toBe(1);
    expect(columnNumber('Z')).toBe(26);
    expect(columnNumber('aa')).toBe(27);
    expect(columnNumber('XFD')).toBe(16384);
  });

  it('turns every column number into its letters and back', () => {
    for (let column = 1; column <= 800; column += 1)
      expect(columnNumber(columnLetter(column))).toBe(column);
  });
});
