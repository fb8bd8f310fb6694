import { describe, expect, it } from 'vitest';
import { neutralizeText } from './cell-safety.ts';

describe('neutralizeText', () => {
  it('prefixes a text that a spreadsheet would read as a formula', () => {
    for (const text of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutralizeText(text)).toBe(`'${text}`);
    }
  });
  it('leaves other text as it is, Japanese and a leading quote included', () => {
    for (const text of [
      '危機管理マニュアル件数',
      '1 地域経営マネジメント',
      "'=already",
      '',
      ' =x',
    ]) {
      expect(neutralizeText(text)).toBe(text);
    }
  });
});
