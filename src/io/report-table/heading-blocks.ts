import type { GridRow } from '../grid.ts';
import { isTableRow } from './table-block.ts';
import { isGradeLine, twoFilled } from './grade-line.ts';
import { parseDescribedFigure } from '../../domain/described-figure.ts';
import { namesWhen } from './year-cell-columns.ts';
import { LABEL_OF_NAME, headingPairs, pairedNameAt } from './heading-pairs.ts';

/** A block of table rows and the one-cell line just above it (its heading), if any. */
export interface Block {
  readonly heading: GridRow | null;
  readonly rows: readonly GridRow[];
}

/**
 * A word naming the kind of indicator a heading names (成果指標, 活動指標, 指標名), perhaps with its
 * number (武蔵野市 経営目標評価シート 「指 標 名 ①」).
 */
const INDICATOR_KIND = /^(?:成果|活動|対象|数値|代表|評価|重点)?指標名?\d{0,2}$/;

const filledOf = (row: GridRow) =>
  row.cells.map((c) => c.normalize('NFKC').replace(/\s+/g, '')).filter((c) => c !== '');

/**
 * A heading printed as the kind of indicator and its name in two cells (佐渡市 事後検証
 * 「成果指標 | 水田経営所得安定対策の加入面積」 above its grid of years): a heading line, not a
 * row of the table, however many cells it fills.
 */
export function isKindNamedHeading(row: GridRow): boolean {
  if (!twoFilled(row)) return false;
  const filled = filledOf(row);
  if (filled.length !== 2) return false;
  const [kind, name] = filled as [string, string];
  // A record's labels (「指標名 | 指標の分類」) name no indicator: a name of one has no 指標 in it.
  return (
    INDICATOR_KIND.test(kind) && !name.includes('指標') && parseDescribedFigure(name) === undefined
  );
}

/**
 * The index of the cell naming a heading's block: its last filled cell (the name after its kind),
 * or the name before the label–value pairs after it (`heading-pairs.ts`).
 */
export function headingNameAt(heading: GridRow): number {
  const paired = pairedNameAt(heading);
  if (paired !== null) return paired;
  for (let c = heading.cells.length - 1; c >= 0; c -= 1)
    if ((heading.cells[c] ?? '').trim() !== '') return c;
  return 0;
}

/**
 * A heading's words: its filled cells one after another (「成果指標 水田経営所得安定対策の加入面積」),
 * a label of the name before it aside (「成果指標名 | 市民農園利用者数」: 市民農園利用者数).
 */
export const headingText = (heading: GridRow) => {
  const paired = pairedNameAt(heading);
  if (paired !== null) return (heading.cells[paired] ?? '').trim();
  const filled = heading.cells.map((c) => c.trim()).filter((c) => c !== '');
  const labelled =
    filled.length === 2 &&
    LABEL_OF_NAME.test((filled[0] ?? '').normalize('NFKC').replace(/\s+/g, ''));
  return (labelled ? filled.slice(1) : filled).join(' ');
};

/**
 * The cells of a heading other than its name (the kind of indicator before it, 「成果指標」): the
 * file places the name's cell stands for too, so that no cell of the heading goes unaccounted.
 */
export function headingOtherCells(heading: GridRow): { row: number; column: number }[] {
  const at = headingNameAt(heading);
  // A heading with label–value pairs after its name has none: the name's label is a title line,
  // the pairs columns of their own (`heading-pairs.ts`).
  if (pairedNameAt(heading) !== null) return [];
  return heading.cells.flatMap((cell, c) =>
    c !== at && cell.trim() !== '' ? [{ row: heading.row, column: c + 1 }] : [],
  );
}

/**
 * A row of a block: a table row that is neither a heading of two cells, nor one of a name and
 * label–value pairs after it (`heading-pairs.ts`), nor a grade line.
 */
const inBlock = (row: GridRow) =>
  isTableRow(row) &&
  // Both need exactly two cells filled: counted once for the two (this runs on every row).
  !(twoFilled(row) && (isKindNamedHeading(row) || isGradeLine(row))) &&
  headingPairs(row).length === 0;

/**
 * A block's line named as a when and printing nothing else (鳥取県 図書館 工程表 H26: 時点 under the
 * 数値 line, every cell empty): the line of the figures' years left unsaid, still the block's.
 */
const emptyWhenLine = (row: GridRow) =>
  namesWhen(row.cells[0] ?? '') && row.cells.slice(1).every((c) => c.trim() === '');

/** Whether a cell after a row's first reads as a figure. */
const holdsFigure = (row: GridRow) =>
  row.cells.slice(1).some((c) => c.trim() !== '' && parseDescribedFigure(c) !== undefined);

/**
 * The runs of table rows, each with the line of one cell right above it (or a heading of a kind
 * and a name, {@link isKindNamedHeading}, with a grade line under it, {@link isGradeLine}); a run
 * of one row holding no figure is a line too.
 */
export function blocksOf(rows: readonly GridRow[]): { blocks: Block[]; lines: GridRow[] } {
  const blocks: Block[] = [];
  const lines: GridRow[] = [];
  let run: GridRow[] = [];
  let heading: GridRow | null = null;
  let last: GridRow | null = null;
  let before: GridRow | null = null;
  const close = () => {
    const [only] = run;
    // A line of a word and a sentence (子ども・子育て 「現 状 | …計3か所で実施」 between a block's
    // heading and its header) is no block: a line, as its heading is.
    if (run.length === 1 && only !== undefined && !holdsFigure(only)) {
      if (heading !== null) lines.push(heading);
      lines.push(only);
    } else if (run.length > 0) blocks.push({ heading, rows: run });
    run = [];
    heading = null;
  };
  for (const row of rows) {
    if (inBlock(row) || (run.length > 0 && emptyWhenLine(row))) {
      if (run.length === 0 && last !== null && !inBlock(last)) {
        // A grade line between the heading and the header stays a line; the heading is above it.
        const graded = isGradeLine(last) && before !== null && lines.at(-2) === before;
        heading = graded ? before : last;
        lines.splice(graded ? -2 : -1, 1);
      }
      run.push(row);
    } else {
      close();
      lines.push(row);
    }
    before = last;
    last = row;
  }
  close();
  return { blocks, lines };
}

/** Two rows' cells alike, spaces aside. */
export const sameCells = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((cell, i) => cell.trim() === (b[i] ?? '').trim());
