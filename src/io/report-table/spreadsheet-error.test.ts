import { describe, expect, it } from 'vitest';
import { spreadsheetError } from './spreadsheet-error.ts';

describe("a spreadsheet's error value in a cell (木島平村 「#REF!」)", () => {
  it('is told from a figure and a word', () => {
    expect(spreadsheetError('#REF!')).toBe(true);
    expect(spreadsheetError('#DIV/0!')).toBe(true);
    expect(spreadsheetError(' #N/A ')).toBe(true);
    expect(spreadsheetError('＃ＲＥＦ！')).toBe(true);
    expect(spreadsheetError('2.0')).toBe(false);
    expect(spreadsheetError('#1')).toBe(false);
    expect(spreadsheetError('a')).toBe(false);
  });
});
