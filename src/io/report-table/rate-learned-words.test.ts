import { describe, expect, it } from 'vitest';
import type { GridRow } from '../grid.ts';
import { wordsBesideYear, wordsByRates } from './rate-learned-words.ts';

const row = (line: string, at = 1): GridRow => ({ row: at, cells: line.split('\t') });

describe('words named by the printed rates', () => {
  it('takes the year and brackets out of a header cell', () => {
    expect(wordsBesideYear('-25年度 (到達)')).toBe('到達');
    expect(wordsBesideYear('平成27年度 見通し(見積り)値')).toBe('見通し見積り値');
  });

  it('names the words over the column the rates divide the result, those divided by the plan', () => {
    const learned = wordsByRates([
      {
        header: row('項\t見通し\t25年度 (到達)\t比'),
        rows: [row('甲\t40\t30\t75.0%', 2), row('乙\t50\t50\t100.0%', 3)],
      },
    ]);
    expect([...learned]).toEqual([
      ['到達', 'actual'],
      ['見通し', 'target'],
    ]);
  });

  it('leaves out words taken both ways, and learns nothing where no rate is reproduced', () => {
    const twoWays = wordsByRates([
      { header: row('項\t甲\t乙\t比'), rows: [row('a\t40\t30\t75.0%', 2)] },
      { header: row('項\t乙\t甲\t比'), rows: [row('b\t40\t30\t75.0%', 4)] },
    ]);
    expect(twoWays.size).toBe(0);
    const none = wordsByRates([
      { header: row('項\t甲\t乙\t比'), rows: [row('a\t40\t30\t12.0%', 2)] },
    ]);
    expect(none.size).toBe(0);
  });
});
