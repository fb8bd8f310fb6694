import type { GridRow } from '../grid.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { parseFigureText } from '../../domain/figure-text.ts';
import { isKnownUnit, normalizeUnit } from '../../domain/unit.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import { classifyHeader } from './column-role.ts';

/** A name ending with its parts in brackets, joined by 「/」: 「…死亡率 (全体/男性/女性)」. */
const PARTS = /[(（]\s*([^()（）/／\d]+(?:\s*[/／]\s*[^()（）/／\d]+)+)\s*[)）]\s*$/;
const SLASH = /\s*[/／]\s*/;
/** Words naming what a part is counted against: a whole, a plan, a target. */
const WHOLE_WORDS = /全|総|計画|目標|対象|定員|母数|分母/;

/**
 * The parts a name lists in brackets at its end, or null (two to six parts): not a unit per a
 * quantity (「価格 (円/kg)」), none of its parts a unit; not a count over what it is counted
 * against (「実施校数 (実施/全校)」 over 「7/11」, 「件数 (実績/計画)」: a part of a whole, read as
 * one figure out of another), a part after the first naming a whole, a plan or a target.
 */
function namedParts(cell: string): readonly string[] | null {
  const parts = PARTS.exec(cell.trim())?.[1]
    ?.split(SLASH)
    .map((p) => p.trim());
  if (parts === undefined || parts.length < 2 || parts.length > 6) return null;
  if (parts.some((p) => isKnownUnit(normalizeUnit(p)))) return null;
  return parts.slice(1).some((p) => WHOLE_WORDS.test(p)) ? null : parts;
}

/** A cell of as many figures as there are parts, joined by 「/」 (「87.3/127.1/48.1」), or null. */
function partFigures(cell: string, count: number): readonly string[] | null {
  const figures = cell.trim().split(SLASH);
  if (figures.length !== count) return null;
  return figures.every((f) => (parseFigureText(f)?.figure.value ?? null) !== null) ? figures : null;
}

interface PartBlock {
  /** The index in the rows of the block's first row, and of the row after its last. */
  readonly start: number;
  readonly end: number;
  readonly nameColumn: number;
  readonly parts: readonly string[];
  /** A cell's figures, one per part, or null: a cell of the block kept as it is. */
  readonly figures: (cell: string) => readonly string[] | null;
}

/**
 * A KPI's block whose name lists its parts and whose figures are one per part: its named row
 * and the rows under it that leave every cell up to the name's column empty (its other lines),
 * each cell holding figures joined by 「/」 one per part, or a word, or nothing; one such cell
 * at least. Undefined when the row starts none.
 */
function partBlock(rows: readonly GridRow[], start: number): PartBlock | undefined {
  const first = rows[start];
  if (!first) return undefined;
  // The cheap test first: this runs on every row of every table, and few hold a 「/」 in a cell
  // long enough to name parts in brackets (「(a/b)」, five characters at least).
  if (!first.cells.some((c) => c.length >= 5 && (c.includes('/') || c.includes('／'))))
    return undefined;
  const nameColumn = first.cells.findIndex((c) => namedParts(c) !== null);
  const parts = nameColumn < 0 ? null : namedParts(first.cells[nameColumn] ?? '');
  if (parts === null) return undefined;
  let end = start + 1;
  while (end < rows.length) {
    const cells = rows[end]?.cells ?? [];
    if (cells.slice(0, nameColumn + 1).some((c) => c.trim() !== '')) break;
    end += 1;
  }
  let split = 0;
  for (let r = start; r < end; r += 1)
    for (const [c, cell] of (rows[r]?.cells ?? []).entries()) {
      if (c === nameColumn || !cell.includes('/')) continue;
      if (partFigures(cell, parts.length) === null) return undefined;
      split += 1;
    }
  if (split === 0) return undefined;
  return { start, end, nameColumn, parts, figures: (cell) => partFigures(cell, parts.length) };
}

/**
 * A part's name, then its figure, two to six pairs apart by a space or 「、」: 「男性10%以上 女性100%」,
 * 「男性13%以上、女性100%」. The name a few letters with no digit, the figure one the rows read.
 */
const NAMED_PART =
  /([^\d\s、,，/／()（）]{1,8}?)\s*(\d[\d,]*(?:\.\d+)?[^\s、,，\d][^\s、,，]*|\d[\d,]*(?:\.\d+)?)/gu;
const PART_GAP = /^[\s、,，]*$/;
/** A cell starting with two parts' names each before a figure, tested before {@link NAMED_PART}. */
const TWO_NAMED =
  /^\s*[^\d\s、,，/／()（）]{1,8}\s*\d[^\s、,，]*[\s、,，]+[^\d\s、,，/／()（）]{1,8}\s*\d/u;

/** The parts a cell names, each with its figure (「男性22.7% 女性100%」), or null. */
function namedPartFigures(cell: string): { parts: string[]; figures: string[] } | null {
  const text = cell.trim();
  if (!/\d/.test(text)) return null;
  const parts: string[] = [];
  const figures: string[] = [];
  let at = 0;
  for (const m of text.matchAll(NAMED_PART)) {
    if (!PART_GAP.test(text.slice(at, m.index))) return null;
    const [part, figure] = [(m[1] ?? '').trim(), m[2] ?? ''];
    if (isKnownUnit(normalizeUnit(part)) || parseFigureText(figure)?.figure.value == null)
      return null;
    parts.push(part);
    figures.push(figure);
    at = m.index + m[0].length;
  }
  if (!PART_GAP.test(text.slice(at)) || parts.length < 2 || parts.length > 6) return null;
  return new Set(parts).size === parts.length ? { parts, figures } : null;
}

/**
 * A figure alone in its cell at a glance, no year in it: 「3,186」, 「12.5」, 「859」, 「6%」 (not
 * 「2015」, a year): one {@link isBareFigure} says is bare.
 */
const PLAIN_FIGURE = /^\s*(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{1,3}|\d+\s*%)\s*$/;

/**
 * {@link PLAIN_FIGURE}'s test, after its first character's: an empty cell, or one starting with
 * a letter or a kanji (neither a digit nor a space), is none, with no regular expression run.
 */
function isPlainAtGlance(cell: string): boolean {
  const first = cell.charCodeAt(0);
  if (cell === '' || (first > 0x39 && first < 0x7f) || (first > 0x20 && first < 0x30)) return false;
  if (first > 0x3000 && first < 0xfeff) return false;
  return PLAIN_FIGURE.test(cell);
}

/** A figure alone in a cell, no year (「6%」, not 「(2015年)」): whose part it is, no cell says. */
function isBareFigure(cell: string): boolean {
  const text = cell.trim().replace(/^[(（](.*)[)）]$/u, '$1');
  if (text === '' || parseFiscalYear(text) !== undefined) return false;
  return (parseFigureText(text)?.figure.value ?? null) !== null;
}

/** The column a line above names the KPIs in (目標項目, 指標名), nearest first, or -1. */
function kpiColumnAbove(rows: readonly GridRow[], start: number): number {
  for (let r = start - 1; r >= 0; r -= 1) {
    const at = (rows[r]?.cells ?? []).findIndex((c) => classifyHeader(c).role.kind === 'kpi');
    if (at >= 0) return at;
  }
  return -1;
}

/**
 * A KPI's row whose figure cells each name its parts, the same in each, a figure a part (特定事業主
 * 行動計画 「育児休業の取得率」 over 「男性13%以上、女性100%」, 「男性7.7%以上、女性100%」): the parts
 * of a block of that one row, named in the column the header above names the KPIs in. Undefined
 * when another figure of the row names no part (佐賀市 「6%」 beside 「男性22.7% 女性100%」: whose
 * it is, no cell says) or no such header is above.
 */
function namedPartRow(rows: readonly GridRow[], start: number): PartBlock | undefined {
  const cells = rows[start]?.cells ?? [];
  // The cheap tests first, as this runs on every row of every table: a figure alone at a glance
  // (「3,186」, 「12.5%」), as most rows print, is one no part names; and few rows name two parts
  // in a cell (a sentence beside figures may seem to: 「指標1について、令和5年度は…」).
  if (cells.some(isPlainAtGlance) || !cells.some((c) => TWO_NAMED.test(c))) return undefined;
  let parts: readonly string[] | null = null;
  for (const cell of cells) {
    const named = namedPartFigures(cell);
    if (named === null) {
      if (isBareFigure(cell)) return undefined;
      continue;
    }
    if (parts !== null && named.parts.join('\t') !== parts.join('\t')) return undefined;
    parts = named.parts;
  }
  if (parts === null) return undefined;
  const nameColumn = kpiColumnAbove(rows, start);
  const name = cells[nameColumn]?.trim() ?? '';
  if (name === '' || namedPartFigures(name) !== null) return undefined;
  const figures = (cell: string) => namedPartFigures(cell)?.figures ?? null;
  return { start, end: start + 1, nameColumn, parts, figures };
}

/**
 * A KPI measured for each of its parts in one cell: its name lists the parts in brackets and each
 * figure cell holds one figure per part joined by 「/」 (健康づくり 施策マネジメントシート
 * 「がんの75歳未満年齢調整死亡率 (全体/男性/女性)」 over 「87.3/127.1/48.1」, 「がん検診受診率
 * (胃がん/大腸がん/子宮がん)」): a KPI per part, its lines printed again for each, each cell its
 * part's figure, the name the printed one with the part after it, the KPI's number left of the
 * name on the first part's lines alone (a number names one KPI). Null when no block is so.
 */
export function splitPartFigures(rows: readonly GridRow[]): TurnedTable | null {
  const blocks: PartBlock[] = [];
  for (let r = 0; r < rows.length; r += 1) {
    const block = partBlock(rows, r) ?? namedPartRow(rows, r);
    if (block) {
      blocks.push(block);
      r = block.end - 1;
    }
  }
  if (blocks.length === 0) return null;
  const origins = new Origins();
  const printed = new Map<string, string>();
  const out: GridRow[] = [];
  let next = 0;
  for (const block of blocks) {
    origins.append(out, rows.slice(next, block.start));
    block.parts.forEach((part, p) => {
      for (let r = block.start; r < block.end; r += 1) {
        const from = rows[r] as GridRow;
        const row = out.length + 1;
        const cells = from.cells.map((cell, c) => {
          const figures = c === block.nameColumn ? null : block.figures(cell);
          if (c === block.nameColumn && r === block.start) {
            printed.set(`${row}:${c + 1}`, cell);
            return `${cell.trim()} ${part}`;
          }
          // The KPI's number left of its name is printed once: on the first part's lines.
          if (c < block.nameColumn && p > 0) return '';
          if (figures === null) return cell;
          printed.set(`${row}:${c + 1}`, cell);
          return figures[p] ?? '';
        });
        origins.keep(row, from);
        out.push({ row, cells });
      }
    });
    next = block.end;
  }
  origins.append(out, rows.slice(next));
  return {
    rows: out,
    origin: origins.origin,
    headerRow: null,
    readAs: () => null,
    printed: (row, column) => printed.get(`${row}:${column}`) ?? null,
  };
}
