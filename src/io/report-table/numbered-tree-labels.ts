import { parseDescribedFigure } from '../../domain/described-figure.ts';
import type { GridRow } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { tableBlock } from './table-block.ts';

/**
 * The numbering styles of an outline, each a level of its own (市町村税の徴収実績 「一 普通税」 ›
 * 「1 法定普通税」 › 「(1) 市町村民税」 › 「(ア) 個人」 › 「① 個人均等割」): a kanji numeral, a bare
 * figure, a figure in brackets, a kana or a letter in brackets, a circled figure. A number is
 * followed by a space, a stop or its bracket's close before the name.
 */
const STYLES: readonly (readonly [string, RegExp])[] = [
  ['kanji', /^([一二三四五六七八九十]{1,3})(?:\s+|[.．、])(?=\S)/],
  ['figure', /^([0-9０-９]{1,2})(?:\s+|[.．、])(?=[^\s\d])/],
  ['bracketed figure', /^([(（]\s*[0-9０-９]{1,2}\s*[)）]|[\u2474-\u2487])\s*(?=\S)/],
  ['bracketed kana', /^([(（]\s*[ア-ンｱ-ﾝあ-んa-zA-Zａ-ｚＡ-Ｚ]\s*[)）])\s*(?=\S)/],
  ['circled', /^([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])\s*(?=\S)/],
];

const OPENS_OUTLINE = /^\s*[(（\u2460-\u2473]/;

/** A line that is a part of the line above it: 「上記のうち退職所得分」, 「うち女性」. */
const PART_OF_ABOVE = /^(?:上記の?うち|うち)\s*\S/;

interface Numbered {
  readonly style: string;
  /** The number compared (full-width figures as half-width: 「（１）」 is 「(1)」). */
  readonly number: string;
  /** The number as printed, its spaces aside. */
  readonly printed: string;
  readonly name: string;
}

/** A label's numbering and its name, the letter-spacing of the name dropped (「市 町 村 民 税」). */
function numbered(label: string): Numbered | null {
  const text = label.trim();
  for (const [style, pattern] of STYLES) {
    const match = pattern.exec(text);
    if (match?.[1])
      return {
        style,
        number: match[1].normalize('NFKC'),
        printed: match[1].replace(/\s+/g, ''),
        name: squeezed(text.slice(match[0].length)),
      };
  }
  return null;
}

const squeezed = (name: string) => name.trim().replace(/(?<=[^\x20-\x7e])\s+(?=[^\x20-\x7e])/g, '');

/** Whether a row prints a figure after its label (a line of the table, not its header or a title). */
function holdsFigure(row: GridRow): boolean {
  for (let c = 1; c < row.cells.length; c += 1) {
    const cell = row.cells[c] ?? '';
    if (/[0-9０-９]/.test(cell) && parseDescribedFigure(cell) !== undefined) return true;
  }
  return false;
}

/**
 * Each line's name with its path: the labels of the lines it is numbered under, then its own, each
 * with its number as printed run into its name (「一普通税 1法定普通税 (1)市町村民税 (ア)個人
 * ①個人均等割」: a first level's 「1法定普通税」 so never read as a KPI code 1), so that the name of a
 * line above is where its parts' names start. Levels by the order the styles first open (a style
 * printed again closes the levels under it); a line that is a part of the line above (上記のうち…)
 * is under it; any other line with no number stands outside the outline (a 合計 under it all),
 * named by itself.
 */
function paths(labels: readonly string[]): string[] {
  const stack: { style: string; label: string }[] = [];
  let above = '';
  return labels.map((label) => {
    const own = numbered(label);
    if (own === null) {
      const name = squeezed(label);
      return PART_OF_ABOVE.test(name) ? `${above} ${name}` : name;
    }
    const at = stack.findIndex((s) => s.style === own.style);
    if (at >= 0) stack.length = at;
    stack.push({ style: own.style, label: `${own.printed}${own.name}` });
    above = stack.map((s) => s.label).join(' ');
    return above;
  });
}

/**
 * Row labels numbered at several levels, an outline of names (市町村税の徴収実績: 一 普通税 › 1 法定
 * 普通税 › (1) 市町村民税 › (ア) 個人 › ① 個人均等割 … 上記のうち退職所得分, the numbers starting
 * afresh under each parent): the numbers are the outline's, not KPI codes (① is 個人均等割 under
 * 個人 and 土地 under 純固定資産税). Each line is a KPI named by its path (「一普通税
 * 1法定普通税 (1)市町村民税 (ア)個人 ①個人均等割」), so the KPIs are numbered in order, each code
 * once, and a line is a part of the line whose name its own starts with (total-members.ts: no
 * member of a 合計 beside it). Null unless the first column's labels of the lines with figures are
 * numbered in three styles or more and a number is printed twice in one style.
 */
export function readNumberedTreeLabels(rows: readonly GridRow[]): TurnedTable | null {
  // The cheap test first (this runs on every table, one character a row): a label opening with
  // a bracket or a circled figure.
  if (!rows.some((row) => OPENS_OUTLINE.test(row.cells[0] ?? ''))) return null;
  const printed = new Set(rows.flatMap((row) => numbered(row.cells[0] ?? '')?.style ?? []));
  if (printed.size < 3) return null;
  const at = rows.flatMap((row, i) =>
    (row.cells[0] ?? '').trim() !== '' && holdsFigure(row) ? [i] : [],
  );
  const lines = at.map((i) => rows[i] as GridRow);
  const numbers = lines.map((row) => numbered(row.cells[0] ?? ''));
  const styles = new Set(numbers.flatMap((n) => (n ? [n.style] : [])));
  const keys = numbers.flatMap((n) => (n ? [`${n.style}:${n.number}`] : []));
  if (styles.size < 3 || new Set(keys).size === keys.length) return null;
  const named = paths(lines.map((row) => row.cells[0] ?? ''));

  const origins = new Origins();
  const out = origins.keepAll(rows);
  const asPrinted = new Map<number, string>();
  lines.forEach((line, l) => {
    const i = at[l] ?? 0;
    out[i] = { row: i + 1, cells: [named[l] ?? '', ...line.cells.slice(1)] };
    asPrinted.set(i + 1, line.cells[0] ?? '');
  });
  return {
    rows: out,
    origin: origins.origin,
    headerRow: tableBlock(rows)?.header.row ?? null,
    readAs: () => null,
    keepsRows: true,
    printed: (row, column) => (column === 1 ? (asPrinted.get(row) ?? null) : null),
  };
}
