import { describe, expect, it } from 'vitest';
import { splitLeadingFootnote } from './leading-footnote.ts';
import { parseDescribedFigure } from './described-figure.ts';

describe('a footnote mark printed before a figure', () => {
  it('sets a bare mark apart from the digits written onto it', () => {
    expect(splitLeadingFootnote('※631')).toEqual({ mark: '※', rest: '631' });
    expect(splitLeadingFootnote('※ ▲12')).toEqual({ mark: '※', rest: '▲12' });
  });

  it('keeps a numbered mark whole where a space parts it from the figure', () => {
    expect(splitLeadingFootnote('※2 1,250')).toEqual({ mark: '※2', rest: '1,250' });
  });

  it('is no mark before words, nor a figure with no mark', () => {
    expect(splitLeadingFootnote('※H22~H26 計')).toBeNull();
    expect(splitLeadingFootnote('631')).toBeNull();
    expect(splitLeadingFootnote('※')).toBeNull();
  });

  it('reads the cell as its figure with the mark kept as its footnote', () => {
    const marked = parseDescribedFigure('※631');
    expect(marked).toMatchObject({ footnote: '※', description: null });
    expect(marked?.parsed.figure.value).toBe('631');
    expect(parseDescribedFigure('※2 3,600人')).toMatchObject({
      footnote: '※2',
      parsed: { figure: { value: '3600' }, unit: '人' },
    });
    // A note line is no figure.
    expect(parseDescribedFigure('※H22~H26 計')).toBeUndefined();
  });
});
