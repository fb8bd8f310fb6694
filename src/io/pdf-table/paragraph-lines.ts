/**
 * A line of text outside a page's ruled table: its text, where it stands and how far it runs.
 */
export interface TextLine {
  readonly y: number;
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly size: number;
}

/** A line that ends a sentence or announces what follows does not run on: 。 . ! ? : and their wide forms. */
const ENDS = /[。．.!?！？:：]$/;
/** Characters set without a space between them when a line wraps. */
const WIDE = /[\u2460-\u24ff\u2600-\u27bf\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/**
 * The lines of a paragraph the page wrapped joined again (群馬県 森林計画 「…(実行歩合」 over
 * 「51パーセント)でした。」): a line that runs to the right edge of the page's text, ends no
 * sentence and has the next line of its size directly under it, no further right than the
 * paragraph's left edge, continues on that line. Japanese is joined with nothing between, Latin
 * words with a space. A line short of the edge (a title, a unit line, a paragraph's last line)
 * stays a line.
 * @param pageRight where the page's printed text ends on the right (its table's too)
 */
export function joinWrappedLines(lines: readonly TextLine[], pageRight: number): TextLine[] {
  if (lines.length < 2) return [...lines];
  const right = pageRight;
  const left = Math.min(...lines.map((l) => l.left));
  const out: TextLine[] = [];
  // The line printed last: a joined paragraph keeps its first line's place and runs on from its last.
  let printed: TextLine | undefined;
  for (const line of lines) {
    const last = out.at(-1);
    if (last !== undefined && printed !== undefined && runsOn(printed, line, left, right)) {
      const joint = WIDE.test(last.text.slice(-1)) || WIDE.test(line.text.charAt(0)) ? '' : ' ';
      out[out.length - 1] = {
        ...last,
        text: `${last.text}${joint}${line.text}`,
        right: line.right,
      };
    } else out.push(line);
    printed = line;
  }
  return out;
}

function runsOn(last: TextLine, next: TextLine, left: number, right: number): boolean {
  const size = Math.max(last.size, next.size);
  return (
    Math.abs(last.size - next.size) < 0.5 &&
    last.right >= right - 1.5 * size &&
    !ENDS.test(last.text) &&
    next.y - last.y > 0 &&
    next.y - last.y < 2 * size &&
    next.left <= left + 0.5 * size
  );
}
