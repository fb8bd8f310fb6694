import type { PageRow } from './page-table.ts';

/*
 * What a printed table repeats on every page, found and dropped: the running header and footer,
 * and the table's header rows at the top of each page after the first. A page break inside a
 * merged cell makes the spreadsheet print that cell's text again on the next page, clipped to
 * nothing but still in the file: over the repeated header (so a repeat is recognised by most of
 * its cells, not all) and above the table (so unruled text above a repeated header goes too).
 */

/** How many of a header row's cells a row must repeat to be its repeat. */
const REPEAT_SHARE = 0.6;
/** Rows at the top of the first page's table taken as its header, at most. */
const MAX_HEADER_ROWS = 8;

/** A line's text with its numbers masked: "1 / 3 ページ" and "2 / 3 ページ" are one furniture. */
const furnitureKey = (row: PageRow) =>
  `${Math.round(row.y)}|${row.cells.join('\t').replace(/\d+/g, '#')}`;

function repeats(row: PageRow | undefined, header: PageRow | undefined): boolean {
  if (row === undefined || header === undefined || !row.ruled) return false;
  const filled = header.cells.flatMap((text, index) => (text === '' ? [] : [index]));
  const same = filled.filter((index) => row.cells[index] === header.cells[index]).length;
  return filled.length > 0 && same / filled.length >= REPEAT_SHARE;
}

/** The rows of every page, top to bottom, without what the pages repeat. */
export function withoutRepeats(pages: readonly PageRow[][]): PageRow[] {
  const [first = [], ...rest] = pages;
  if (rest.length === 0) return [...first];
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(page.filter((r) => !r.ruled).map(furnitureKey))) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const furniture = (row: PageRow) => !row.ruled && counts.get(furnitureKey(row)) === pages.length;
  const kept: PageRow[] = first.filter((r) => !furniture(r));
  const header = kept.filter((r) => r.ruled).slice(0, MAX_HEADER_ROWS);
  for (const page of rest) {
    const rows = page.filter((r) => !furniture(r));
    const table = rows.findIndex((r) => r.ruled);
    let repeated = 0;
    while (repeats(rows[table + repeated], header[repeated])) repeated += 1;
    kept.push(...(repeated > 0 ? rows.slice(table + repeated) : rows));
  }
  return kept;
}
