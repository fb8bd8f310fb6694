import type { Column } from './header-map.ts';

/** A header naming a part of the column before it: 「うち女性委員数」, 「(うち女性)」. */
const PART = /^[(（]?うち/;

/**
 * How far a reading takes each column that names a part of a whole (「うち女性委員数」 beside
 * 「委員総数」) for a share's numerator, the actual, rather than its denominator: +1 a part read
 * as the actual, −1 a part read as the target. Of two readings reproducing as many printed shares
 * (144 ÷ 430 = 33.5% either as an increase or, swapped, as a decrease), the part over its whole
 * is the one a table of shares means.
 * @example partAsActual([{ label: 'うち女性委員数', role: { kind: 'actual' } }, …]) // 1
 */
export function partAsActual(columns: readonly Pick<Column, 'label' | 'role'>[]): number {
  let score = 0;
  for (const c of columns) {
    if (c.role.kind !== 'actual' && c.role.kind !== 'target') continue;
    // The cheap test first: the word's first character.
    const label = c.label.trim();
    if (!label.includes('う') || !PART.test(label.replace(/\s+/g, ''))) continue;
    score += c.role.kind === 'actual' ? 1 : -1;
  }
  return score;
}
