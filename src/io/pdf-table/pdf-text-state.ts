import type { TextRun } from './pdf-page-content.ts';

/*
 * Where text is drawn, from a page's operator list: the PDF text state (ISO 32000-1, 9.3 and
 * 9.4) kept as the operators run, so one pass over the page gives its borders and its text
 * (pdfjs's getTextContent would parse the page a second time). Each showText becomes a run at
 * its start, as wide as its glyphs advance; runs that continue one another on a line are
 * joined.
 */

export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

const translate = (x: number, y: number): Matrix => [1, 0, 0, 1, x, y];

/** A glyph as pdfjs's operator list carries it; a number is a TJ adjustment (1/1000 em). */
export type ShownItem =
  number | { readonly unicode: string; readonly width: number; readonly isSpace: boolean };

/** Glyphs of a showText's argument, read from pdfjs's plain objects. */
export function shownItems(value: unknown): ShownItem[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown): ShownItem[] => {
    if (typeof item === 'number') return [item];
    if (item === null || typeof item !== 'object') return [];
    const unicode = 'unicode' in item && typeof item.unicode === 'string' ? item.unicode : '';
    const width = 'width' in item && typeof item.width === 'number' ? item.width : 0;
    const isSpace = 'isSpace' in item && item.isSpace === true;
    return [{ unicode, width, isSpace }];
  });
}

/** The text state of one page, fed operator by operator; `runs` is what it drew. */
export class TextState {
  readonly runs: TextRun[] = [];
  private textMatrix: Matrix = IDENTITY;
  private lineMatrix: Matrix = IDENTITY;
  private size = 0;
  private charSpacing = 0;
  private wordSpacing = 0;
  private scale = 1;
  private leading = 0;
  private rise = 0;

  begin(): void {
    this.textMatrix = IDENTITY;
    this.lineMatrix = IDENTITY;
  }
  font(size: number): void {
    this.size = size;
  }
  spacing(kind: 'char' | 'word', value: number): void {
    if (kind === 'char') this.charSpacing = value;
    else this.wordSpacing = value;
  }
  horizontalScale(percent: number): void {
    this.scale = percent / 100;
  }
  setLeading(value: number): void {
    this.leading = value;
  }
  setRise(value: number): void {
    this.rise = value;
  }
  setMatrix(m: Matrix): void {
    this.textMatrix = m;
    this.lineMatrix = m;
  }
  move(x: number, y: number): void {
    this.lineMatrix = multiply(this.lineMatrix, translate(x, y));
    this.textMatrix = this.lineMatrix;
  }
  nextLine(): void {
    this.move(0, -this.leading);
  }

  /**
   * Draws glyphs at the text position, under the current transformation `ctm`. A TJ
   * adjustment of more than a quarter em starts a new run: generators place a table's next
   * cell that way.
   */
  show(items: readonly ShownItem[], ctm: Matrix): void {
    let text = '';
    let start = this.textMatrix;
    let advance = 0;
    const flush = () => {
      if (text !== '')
        this.draw(text, multiply(ctm, multiply(start, translate(0, this.rise))), advance);
      text = '';
      advance = 0;
      start = this.textMatrix;
    };
    for (const item of items) {
      if (typeof item === 'number') {
        const move = -(item / 1000) * this.size * this.scale;
        if (Math.abs(item) > 250) flush();
        this.textMatrix = multiply(this.textMatrix, translate(move, 0));
        if (text === '') start = this.textMatrix;
        else advance += move;
        continue;
      }
      text += item.unicode;
      const spacing = this.charSpacing + (item.isSpace ? this.wordSpacing : 0);
      const move = ((item.width / 1000) * this.size + spacing) * this.scale;
      this.textMatrix = multiply(this.textMatrix, translate(move, 0));
      advance += move;
    }
    flush();
  }

  private draw(text: string, at: Matrix, advance: number): void {
    const xScale = Math.hypot(at[0], at[1]);
    const size = Math.abs(this.size) * Math.hypot(at[2], at[3]);
    this.add({ text, x: at[4], y: at[5], width: Math.abs(advance) * xScale, size });
  }

  /** Joins a run to the one before when it continues it on the same line. */
  private add(run: TextRun): void {
    const last = this.runs.at(-1);
    if (
      last !== undefined &&
      Math.abs(last.y - run.y) < 0.01 &&
      Math.abs(last.size - run.size) < 0.01 &&
      Math.abs(last.x + last.width - run.x) < run.size * 0.05
    ) {
      this.runs[this.runs.length - 1] = {
        ...last,
        text: last.text + run.text,
        width: run.x + run.width - last.x,
      };
    } else this.runs.push(run);
  }
}
