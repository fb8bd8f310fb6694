import type { TextRun } from './pdf-page-content.ts';

/*
 * The text of one cell from its runs: lines top to bottom, runs left to right. A narrative
 * wrapped over several lines is one cell's text again: lines are joined with nothing between
 * Japanese characters (a line break inside 「…」 is the cell's width, not a space) and with a
 * space between Latin words.
 */

/**
 * Characters a CJK font's ToUnicode map gives for the glyph it shares with a common one: Kangxi
 * radicals (⽅ U+2F45 for 方, NFKC restores them), radicals-supplement forms (⺠ for 民, ⻑ for
 * 長) and the hyphenation point ‧ for the middle dot ・ (Chromium with Noto CJK does all three).
 */
const KANGXI = /[\u2f00-\u2fdf]/g;
const SHARED_GLYPHS: Readonly<Record<string, string>> = {
  '\u2e9f': '母',
  '\u2ea0': '民',
  '\u2ec4': '西',
  '\u2ed1': '長',
  '\u2ed8': '青',
  '\u2edd': '食',
  '\u2ee4': '鬼',
  '\u2ee9': '黄',
  '\u2eeb': '斉',
  '\u2eed': '歯',
  '\u2eef': '竜',
  '\u2ef2': '亀',
  '\u2027': '・',
};
const SHARED = new RegExp(`[${Object.keys(SHARED_GLYPHS).join('')}]`, 'g');

const WIDE = /[\u2460-\u24ff\u2600-\u27bf\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

function sameLine(a: TextRun, b: TextRun): boolean {
  return Math.abs(a.y - b.y) < Math.min(a.size, b.size) / 2;
}

function lineText(runs: readonly TextRun[]): string {
  let text = '';
  let end: number | null = null;
  for (const run of [...runs].sort((a, b) => a.x - b.x)) {
    const gap = end === null ? 0 : run.x - end;
    if (end !== null && gap > run.size * 0.3 && !/\s$/.test(text) && !/^\s/.test(run.text)) {
      text += ' ';
    }
    text += run.text;
    end = run.x + run.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Points a cell's borders and padding take from its width, about. */
const CELL_PADDING = 2;

interface Line {
  readonly text: string;
  /** How wide its printed text is (blank runs aside), and its font size. */
  readonly width: number;
  readonly size: number;
}

function printedWidth(runs: readonly TextRun[]): number {
  const printed = runs.filter((r) => r.text.trim() !== '');
  if (printed.length === 0) return 0;
  return Math.max(...printed.map((r) => r.x + r.width)) - Math.min(...printed.map((r) => r.x));
}

/**
 * Joins wrapped lines: nothing between Japanese, a space between Latin words, and a space
 * where a line stops well short of the cell's edge before a Latin word (it broke at a space:
 * "9 財政構造の改革" / "(24.25.26)"; a Latin word that wrapped whole gains one it never had).
 */
function joinLines(lines: readonly Line[], cellWidth: number | undefined): string {
  return lines.reduce((text, line, index) => {
    if (text === '') return line.text;
    const before = lines[index - 1];
    // Measured on the line's width, not its end: a header cell's text is centred.
    // Room for one more character (past the cell's padding) means the next word did not fit.
    const short =
      cellWidth !== undefined &&
      before !== undefined &&
      cellWidth - CELL_PADDING - before.width > 0.8 * before.size;
    const wide = WIDE.test(text.slice(-1)) || WIDE.test(line.text.charAt(0));
    // A short line before a Latin word broke at a space: "9 財政構造の改革" / "(24.25.26)".
    const brokeAtSpace = short && /^[\x21-\x7e]/.test(line.text);
    return wide && !brokeAtSpace ? `${text}${line.text}` : `${text} ${line.text}`;
  }, '');
}

/**
 * One cell's text from the runs drawn in it.
 * @param cellWidth the cell's width between its borders, where known
 */
export function cellText(runs: readonly TextRun[], cellWidth?: number): string {
  const lines: TextRun[][] = [];
  for (const run of [...runs].sort((a, b) => a.y - b.y)) {
    const line = lines.find((l) => l[0] !== undefined && sameLine(l[0], run));
    if (line) line.push(run);
    else lines.push([run]);
  }
  const text = joinLines(
    lines
      .map((line) => ({
        text: lineText(line),
        width: printedWidth(line),
        size: line[0]?.size ?? 0,
      }))
      .filter((line) => line.text !== ''),
    cellWidth,
  );
  return text
    .replace(KANGXI, (char) => char.normalize('NFKC'))
    .replace(SHARED, (char) => SHARED_GLYPHS[char] ?? char);
}
