import type { Column } from './header-map.ts';

/** Roles of the columns a KPI's figures stand in. */
const FIGURE_KINDS = new Set(['baseline', 'actual', 'cumulative', 'target', 'rate']);

/** The end of a slot's name before NFKC: a circled, full- or half-width number, maybe bracketed. */
const SLOT_END = /(?:[①-⑳]|[0-9０-９][)）]?)\s*$/;

/** A slot's number after the header's word: ①, 1, (1). */
const SLOT = /^(?:[①-⑳]|\(?\d{1,2}\)?)$/;

/** A slot's number alone, marked as one (①, (1)): a bare 3 alone may be a figure out of place. */
const MARKED_SLOT = /^(?:[①-⑳]|[(（][0-9０-９]{1,2}[)）])$/;

const bare = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/**
 * Whether a row is an empty slot of a form rather than a KPI (玉東町 地方創生 KPI 様式2: a project
 * with no KPI prints its first slot 「指標①」 under the header 指標, and nothing in the figures):
 * its name is the name column's own header word and a slot number (①, 1, (1)), or the number
 * alone, and no figure
 * column holds anything. Its cells are then listed unplaced, not read as a KPI of no figures.
 */
export function isEmptySlot(
  cells: readonly string[],
  columns: readonly Column[],
  kpiColumn: number,
): boolean {
  const raw = cells[kpiColumn] ?? '';
  // The cheap test first (this runs on every row): a slot ends with its number; a KPI's name
  // seldom does, and is then not normalized to find it out.
  if (!SLOT_END.test(raw)) return false;
  const word = bare(columns[kpiColumn]?.label ?? '');
  const name = bare(raw);
  // The slot's number after the header's word, or alone (花巻市 事務事業評価シート: 「②」, 「③」
  // under ① of each grid, no name and nothing in the figures).
  const numbered = word !== '' && name.startsWith(word) && SLOT.test(name.slice(word.length));
  // Before NFKC, which makes ② a bare 2.
  if (!numbered && !MARKED_SLOT.test(raw.replace(/\s+/g, ''))) return false;
  return columns.every((c) => !FIGURE_KINDS.has(c.role.kind) || (cells[c.index] ?? '') === '');
}
