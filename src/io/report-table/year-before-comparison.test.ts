import { describe, expect, it } from 'vitest';
import { comparesWithYearBefore } from './year-before-comparison.ts';
import { classifyHeader } from './column-role.ts';

describe('a comparison with the year before named in a header (江津市 「前年同期実績との対比」)', () => {
  it('heads the change and its rate under it, with or without 実績 and 同期', () => {
    for (const label of [
      '前年同期実績との対比増減B-C',
      '前年同期実績との対比増減率%',
      '前年度との比較',
      '前年度実績に対する比較',
      '前年度対比B/A',
    ])
      expect(comparesWithYearBefore(label)).toBe(true);
  });

  it('is not a change written with its base first, nor last year’s figure itself', () => {
    for (const label of ['対前年度増減', '前年度実績', '前年同期実績C', '計画との対比'])
      expect(comparesWithYearBefore(label)).toBe(false);
  });

  it('makes such columns other, kept as printed, where 増減 alone is a difference and 増減率 a rate', () => {
    expect(classifyHeader('前年同期実績との対比 増減 B-C')).toEqual({
      role: { kind: 'other' },
      because: 'a comparison with the year before',
    });
    expect(classifyHeader('前年同期実績との対比 増減率%').role.kind).toBe('other');
    expect(classifyHeader('対前年度 増減').role.kind).toBe('difference');
    expect(classifyHeader('増減率').role.kind).toBe('rate');
    // A year-on-year ratio by letters is no plan's rate, though 対比 and B/A would read so.
    expect(classifyHeader('前年度対比 B/A').role.kind).toBe('other');
  });
});
