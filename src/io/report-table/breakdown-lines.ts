import type { GridRow } from '../grid.ts';

const blank = (cell: string | undefined) => (cell ?? '').trim() === '';

/**
 * Lines of a table whose second column, headed by nothing, breaks a line of the first down
 * (佐賀中部広域連合 介護保険事業計画の評価: 要介護認定率 alone, then 年齢階級 over 前期高齢者 and
 * 後期高齢者, its label printed once): a line with a label in the first column and none in the
 * second is a KPI of its own, a group of its own; a label of the first column over two lines
 * or more, each labelled in the second, is a group whose lines are KPIs named by both. The
 * lines grouped so, or null unless a line stands alone so and a group is of two lines or more
 * (then the labels of the second column need not come again in other groups, as 杉並区's do:
 * the line alone shows the second column breaks lines down).
 */
export function breakdownGroups(
  lines: readonly GridRow[],
  isLineLabel: (cell: string) => boolean,
): GridRow[][] | null {
  const out: GridRow[][] = [];
  let open = false;
  for (const line of lines) {
    const [first, second] = [line.cells[0], line.cells[1] ?? ''];
    if (!blank(first) && blank(second)) {
      out.push([line]);
      open = false;
    } else if (!isLineLabel(second)) return null;
    else if (!blank(first)) {
      out.push([line]);
      open = true;
    } else if (open) out.at(-1)?.push(line);
    else return null;
  }
  const alone = out.some((g) => g.length === 1 && blank(g[0]?.cells[1]));
  return alone && out.some((g) => g.length >= 2) ? out : null;
}
