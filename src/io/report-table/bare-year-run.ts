/** A header cell that is a bare number of one or two digits: 「21」. */
const BARE_NUMBER = /^\s*(\d{1,2})\s*$/;

/** A header cell that says the row holds years: the corner 「年度」, 「年 度」, 「区分 年度」. */
const YEAR_WORD = /年\s*度|^\s*年\s*$/;

/**
 * The header cells that are fiscal years written as bare numbers with neither era nor 年度,
 * one after another, in a row whose corner says they are years (中野区 10か年計画 「年度 | 21 |
 * 22 | 23 | 24 | 24目標」): three or more adjacent cells each one more than the one before. With no
 * cell saying 年度 the numbers may be anything counted in order (months 「4 | 5 | 6」, items), and
 * are not read as years. The indices of those cells; empty for any other row.
 * @example bareYearRun(['年度', '21', '22', '23', '24目標']) // Set {1, 2, 3}
 */
export function bareYearRun(cells: readonly string[]): ReadonlySet<number> {
  const found = new Set<number>();
  let saysYear: boolean | null = null;
  let start = 0;
  while (start < cells.length) {
    const first = BARE_NUMBER.exec(cells[start] ?? '');
    if (!first) {
      start += 1;
      continue;
    }
    let end = start + 1;
    let previous = Number(first[1]);
    for (; end < cells.length; end += 1) {
      const next = BARE_NUMBER.exec(cells[end] ?? '');
      if (!next || Number(next[1]) !== previous + 1) break;
      previous = Number(next[1]);
    }
    if (end - start >= 3) {
      saysYear ??= cells.some((c) => YEAR_WORD.test(c.normalize('NFKC')));
      if (saysYear) for (let i = start; i < end; i += 1) found.add(i);
    }
    start = end;
  }
  return found;
}
