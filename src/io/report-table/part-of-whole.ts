import type { Column } from './header-map.ts';

/** A header naming a part of the column before it: 「うち女性委員数」, 「(うち女性)」. */
const PART = /^[(（]?うち/;

/** A header's words without spaces and bracketed units: 「女性委員の数(人)」 → 「女性委員の数」. */
const stem = (label: string): string =>
  label.replace(/\s+/g, '').replace(/[(（][^()（）]*[)）]/g, '');

/** Whether a header names a part of another's whole: its words with a qualifier before them (「女性委員の数」 of 「委員の数」). */
const namesPartOf = (part: string, whole: string): boolean =>
  whole !== '' && part.length > whole.length && part.endsWith(whole);

/**
 * How far a reading takes each column that names a part of a whole (「うち女性委員数」 beside
 * 「委員総数」, 「女性委員の数」 beside 「委員の数」) for a share's numerator, the actual, rather than
 * its denominator: +1 a part read as the actual, −1 a part read as the target. Of two readings
 * reproducing as many printed shares (144 ÷ 430 = 33.5% either as an increase or, swapped, as a
 * decrease), the part over its whole is the one a table of shares means.
 * @example partAsActual([{ label: 'うち女性委員数', role: { kind: 'actual' } }, …]) // 1
 */
export function partAsActual(columns: readonly Pick<Column, 'label' | 'role'>[]): number {
  const of = (kind: 'actual' | 'target') => columns.filter((c) => c.role.kind === kind);
  const [actuals, targets] = [of('actual'), of('target')];
  const part = (c: Pick<Column, 'label'>, wholes: readonly Pick<Column, 'label'>[]) =>
    isPartWord(c.label) || wholes.some((w) => isPartOf(c.label, w.label));
  let score = 0;
  for (const a of actuals) if (part(a, targets)) score += 1;
  for (const t of targets) if (part(t, actuals)) score -= 1;
  return score;
}

/**
 * Whether one line's or column's words name a part of the other's whole: 「うち女性委員数」, or
 * 「単身世帯数」 of 「世帯数」 (its words with a qualifier before them).
 */
export const isPartOf = (part: string, whole: string): boolean =>
  isPartWord(part) || namesPartOf(stem(part), stem(whole));

/** A header opening with うち (「(うち女性)」): a part, whatever it is beside. */
function isPartWord(label: string): boolean {
  // The cheap test first: the word's first character.
  return label.includes('う') && PART.test(label.replace(/\s+/g, ''));
}
