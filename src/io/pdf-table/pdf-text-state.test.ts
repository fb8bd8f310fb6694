import { describe, expect, it } from 'vitest';
import type { Matrix } from './pdf-text-state.ts';
import { TextState, shownItems } from './pdf-text-state.ts';

/** A page of 842 × 595 points drawn y-up, seen from its top-left corner (pdfjs's viewport). */
const VIEW: Matrix = [1, 0, 0, -1, 0, 595];
const glyphs = (text: string, width = 1000) =>
  shownItems([...text].map((unicode) => ({ unicode, width, isSpace: unicode === ' ' })));

describe('where the text state draws a run', () => {
  it('at the text matrix, as wide as its glyphs advance, its size in page points', () => {
    const state = new TextState();
    state.begin();
    state.font(7);
    state.setMatrix([1, 0, 0, 1, 100, 500]);
    state.show(glyphs('基本方針'), VIEW);
    expect(state.runs).toEqual([{ text: '基本方針', x: 100, y: 95, width: 28, size: 7 }]);
  });
  it('joins glyphs shown one by one along a line (Chromium), and starts a run after a gap', () => {
    const state = new TextState();
    state.begin();
    state.font(10);
    state.setMatrix([1, 0, 0, 1, 0, 500]);
    for (const char of '93%') {
      state.show(glyphs(char, 500), VIEW);
    }
    // A TJ adjustment of −3000/1000 em moves 30 points right: the next cell's text.
    state.show(shownItems([-3000, ...glyphs('A', 600)]), VIEW);
    expect(state.runs.map((r) => [r.text, r.x, r.width])).toEqual([
      ['93%', 0, 15],
      ['A', 45, 6],
    ]);
  });
  it('moves by lines with the leading, under a scaled transformation', () => {
    const state = new TextState();
    state.begin();
    state.font(10);
    state.setLeading(12);
    state.move(10, 500);
    state.show(glyphs('R3'), [0.5, 0, 0, -0.5, 0, 595]);
    state.nextLine();
    state.show(glyphs('R4'), [0.5, 0, 0, -0.5, 0, 595]);
    expect(state.runs.map((r) => [r.text, r.x, r.y, r.size])).toEqual([
      ['R3', 5, 345, 5],
      ['R4', 5, 351, 5],
    ]);
  });
});
