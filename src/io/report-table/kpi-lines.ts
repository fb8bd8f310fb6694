import type { ColumnRoleName } from '../../domain/column-role-name.ts';
import { parsePrintedRate } from '../../domain/rate-format.ts';
import type { GridRow } from '../grid.ts';
import { figureNumber } from './column-contents.ts';
import type { TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { headerYear, withoutYears } from './column-role.ts';
import { withHeadingLinesAbove } from './lead-lines.ts';
import { fusedLineName } from './fused-line-words.ts';
import { LINE_WORD, lineWord } from './line-words.ts';
import { tableBlock } from './table-block.ts';
import { baselineHeader, planLinesOnly } from './plan-lines.ts';
import type { NamedLines } from './rate-named-lines.ts';
import { rateNamedLines } from './rate-named-lines.ts';
import { rateCycleLines } from './rate-cycle-lines.ts';
import { rateResultLine } from './rate-result-line.ts';
import { isPercentRate } from './rate-cell.ts';

/**
 * What a line's figures are, by its word: a line of 計画 holds the planned values, the year's
 * milestones. A line no word names (茨城県 「評価(※1)」, a revised plan 「(H30.3 改訂後 の期待値)」)
 * is kept as printed.
 */
function lineRole(word: string): ColumnRoleName {
  if (!LINE_WORD.test(word)) return 'other';
  if (/^(?:計画|目標|期待|見込)/.test(word)) return 'target';
  return word.startsWith('実績') || word.startsWith('実施') ? 'actual' : 'rate';
}

const REWRITTEN = "rewritten from a KPI's lines";

/** A year column marked as the plan's base: 「H25 (基準年度)」, 「基準値 H25」. */
const BASE_YEAR_HEADER = /基準(年度?|値)/;

/** A column adding up the years before it: 計, 合計, 累計. */
const TOTAL_HEADER = /^(計|合計|総計|累計)$/;

/**
 * The role of a line's figure under a column: its word's, except that a result under the base
 * year's column is the baseline (a スポーツ振興 sheet: 実績値 47.6 under 「H25 (基準年度)」), and
 * a result under the years' total (滋賀県 間伐 実績面積 計 8,220) the running total.
 */
function lineCellRole(word: string, header: string): ColumnRoleName {
  // A column the header names a rate (「達成率（R4）」 at the right of 目標 / 実績 lines) holds rates
  // on whichever line prints them, not that line's figures.
  if (namesRate(header)) return 'rate';
  const role = lineRole(word);
  if (role !== 'actual') return role;
  if (BASE_YEAR_HEADER.test(header)) return 'baseline';
  return TOTAL_HEADER.test(header.replace(/\s+/g, '')) ? 'cumulative' : role;
}

/**
 * Whether a column's cells are rates printed on one line of each KPI, the same line for all, and
 * nothing on the others: the KPI's own rate, whatever that line's word (進捗 right of 目標 /
 * 実績 lines, 76.0% on the 実績 line), not that line's figures.
 */
function ratesOnOneLine(groups: readonly (readonly GridRow[])[], c: number): boolean {
  let line = -1;
  for (const group of groups)
    for (const [l, row] of group.entries()) {
      const cell = (row.cells[c] ?? '').trim();
      if (cell === '') continue;
      if ((line !== -1 && line !== l) || !isPercentRate(cell)) return false;
      line = l;
    }
  return line !== -1;
}

/** A header naming a rate, its year aside: 「達成率（R4）」, 「進捗率」. */
function namesRate(header: string): boolean {
  const word = lineWord(withoutYears(header)).replace(/年/g, '');
  return LINE_WORD.test(word) && lineRole(word) === 'rate';
}

/** The role of the figures a line's label names (計画, 実績, 達成率 …); null for any other label. */
export function namedLineRole(label: string): ColumnRoleName | null {
  const word = lineWord(label);
  return LINE_WORD.test(word) ? lineRole(word) : null;
}

/**
 * 「上段：計画 中段：実績 下段：達成率」, 「(上段：計画、下段：実績)」: the lines a legend above or in
 * the header names, two or three.
 */
const LEGEND =
  /上段\s*:?\s*([^\s、,/:()]+)[\s、,/]*(?:中段\s*:?\s*([^\s、,/:()]+)[\s、,/]*)?(?:下段\s*:?\s*([^\s、,/:()]+))?/;

function legendLines(rows: readonly GridRow[]): string[] | null {
  const match = LEGEND.exec(
    rows
      .flatMap((r) => r.cells)
      .join(' ')
      .normalize('NFKC'),
  );
  if (!match) return null;
  const words = [match[1], match[2], match[3]].flatMap((w) => (w ? [lineWord(w)] : []));
  return words.length >= 2 && words.every((w) => LINE_WORD.test(w)) ? words : null;
}

const PLAN_FIRST = ['計画', '実績', '達成率'];
const ACTUAL_FIRST = ['実績', '計画', '達成率'];

/**
 * A KPI's three lines named by nothing but their place (上段 計画 / 中段 実績 / 下段 達成率): each
 * KPI's name on its first line only, its third line all rates. Which of the first two is the
 * plan is what the rates say (the actual over the plan), the plan first when they do not tell.
 * Null for any other body.
 */
function placedLines(body: readonly GridRow[]): string[] | null {
  if (body.length < 3 || body.length % 3 !== 0) return planThenResultLines(body);
  const named = (r: GridRow | undefined) => (r?.cells[0] ?? '').trim() !== '';
  let planFirst = 0;
  for (let g = 0; g < body.length; g += 3) {
    const [a, b, c] = [body[g], body[g + 1], body[g + 2]];
    if (!a || !b || !c || !named(a) || named(b) || named(c)) return null;
    const rates = c.cells.flatMap((x, i) => (i > 0 && x.trim() !== '' ? [i] : []));
    if (rates.length === 0) return null;
    for (const i of rates) {
      const rate = parsePrintedRate(c.cells[i] ?? '');
      if (!rate || !(c.cells[i] ?? '').includes('%')) return null;
      const [x, y] = [figureNumber(a.cells[i]), figureNumber(b.cells[i])];
      const printed = Number.parseFloat(rate.text);
      const near = (v: number) => Math.abs(v * 100 - printed) < 10 ** -rate.decimals;
      if (near(y / x)) planFirst += 1;
      else if (near(x / y)) planFirst -= 1;
    }
  }
  return planFirst < 0 ? ACTUAL_FIRST : PLAN_FIRST;
}

/** The columns after the first where a line prints a figure or a dash (no name, no lost `?`). */
const figureColumns = (row: GridRow) =>
  row.cells.flatMap((x, i) =>
    i > 0 && (/[0-9０-９]/.test(x) || /^[-‐―—ー－]+$/.test(x.trim())) ? [i] : [],
  );

/**
 * A KPI's two lines named by nothing but their place (綾町 重点目標・KPI評価シート, the kinds'
 * names lost): its name on the first line only, the first printing every year of the plan, the
 * second nothing but the same columns from the first up to a year and none after (the results so far,
 * 「96.8万人 | 98.6万人」 under H27 | H28 of H27 … H31): the plan, then the results. Null for any
 * other body.
 */
function planThenResultLines(body: readonly GridRow[]): string[] | null {
  if (body.length < 2 || body.length % 2 !== 0) return null;
  for (let g = 0; g < body.length; g += 2) {
    const [a, b] = [body[g], body[g + 1]];
    if (!a || !b || (a.cells[0] ?? '').trim() === '' || (b.cells[0] ?? '').trim() !== '')
      return null;
    const plan = figureColumns(a);
    const results = figureColumns(b);
    // A second line naming anything (a KPI of its own under a group printed once) is no result line.
    const named = b.cells.filter((x) => x.trim() !== '' && x.trim() !== '?').length;
    if (named !== results.length) return null;
    if (results.length === 0 || results.length >= plan.length) return null;
    if (!results.every((i, k) => i === plan[k])) return null;
  }
  return ['計画', '実績'];
}

/** A line's word: its label's own (計画, 実績値), or the one written into a name (実職員数: 実績). */
function labelWord(cell: string): string {
  const word = lineWord(cell);
  return LINE_WORD.test(word) ? word : (fusedLineName(cell) ?? word);
}

/**
 * Whether two lines' words name the same line: the same word, or a plan's two words in two
 * tables one under the other (桜川市 対象指標 見込値 / 実績値, then 成果指標 目標値 / 実績値).
 */
function sameLine(a: string, b: string): boolean {
  if (a === b) return true;
  return (
    LINE_WORD.test(a) && LINE_WORD.test(b) && lineRole(a) === 'target' && lineRole(b) === 'target'
  );
}

/** The header the line names are kept under: the column's own, 区分 when it has none. */
const lineHeader = (text: string) => (text.trim() !== '' ? text : '区分');

/**
 * The column whose cells name each line (区分: 計画 / 実績 / 達成率), the lines' cycle, and how
 * many rows the KPIs' lines take. Two or more of a KPI's lines are named by their words, one of
 * them its actuals; the others, named otherwise (茨城県 評価, 全国順位), are kept as printed. Lines
 * after the KPIs' that leave the column empty (三重県 施策評価表: 必要概算コスト, 予算額等 under the
 * years, below 目標 / 実績 of the 施策's KPI) are lines of their own ({@link trailingLines}).
 */
function labelColumn(body: readonly GridRow[]): NamedLines | null {
  const width = Math.max(...body.map((r) => r.cells.length));
  for (let column = 1; column < width; column += 1) {
    // Row by row, from a first or second line named by its word, stopping at the first empty
    // cell: this runs on every table, whose first cells in a column are seldom a line's word.
    if (
      !LINE_WORD.test(labelWord(body[0]?.cells[column] ?? '')) &&
      !LINE_WORD.test(labelWord(body[1]?.cells[column] ?? ''))
    )
      continue;
    const words: string[] = [];
    for (const r of body) {
      const word = labelWord(r.cells[column] ?? '');
      if (word === '') break;
      words.push(word);
    }
    const rest = body.slice(words.length);
    if (rest.some((r) => (r.cells[column] ?? '').trim() !== '')) continue;
    const next = words.findIndex((w, i) => i > 0 && sameLine(w, words[0] ?? ''));
    const lines = words.slice(0, next < 0 ? words.length : next);
    const named = lines.filter((w) => LINE_WORD.test(w));
    const roles = named.map(lineRole);
    if (!(named.length >= 2 && roles.includes('actual')) && !planLinesOnly(lines, roles)) {
      // A line no word names that the rates divide by the plan is the result (期待値 / 到達 / 達成率).
      const kpiRows = body.slice(0, words.length);
      const result = rateResultLine(kpiRows, lines.map(lineRole));
      if (result !== null && words.every((w, i) => sameLine(w, lines[i % lines.length] ?? '')))
        return {
          column,
          lines: lines.map((w, i) => (i === result ? '実績' : w)),
          kpiRows: words.length,
          printed: lines.map((w, i) => (i === result ? w : undefined)),
        };
      const uneven = unevenLines(body.slice(0, words.length), words, column);
      if (uneven) return uneven;
      continue;
    }
    if (lines.length >= 2 && words.every((w, i) => sameLine(w, lines[i % lines.length] ?? '')))
      return { column, lines, kpiRows: words.length };
    const uneven = unevenLines(body.slice(0, words.length), words, column);
    if (uneven) return uneven;
  }
  return null;
}

/**
 * The KPIs' lines where not every KPI prints every line (a KPI with no target prints no 達成率
 * line): each KPI's lines start at its name, left of the lines' words, and run in the order of
 * the KPI printing the most, one of them its actuals. Each KPI's lines are given in that order,
 * a line it does not print left empty (its first carrying its name). Null unless every KPI's
 * words are in that order, none twice.
 */
function unevenLines(
  rows: readonly GridRow[],
  words: readonly string[],
  column: number,
): NamedLines | null {
  const named = (r: GridRow) => r.cells.slice(0, column).some((c) => c.trim() !== '');
  const starts = rows.flatMap((r, i) => (named(r) ? [i] : []));
  if (starts[0] !== 0 || starts.length < 2) return null;
  const spans = starts.map((s, k) => [s, starts[k + 1] ?? rows.length] as const);
  const longest = spans.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a));
  const lines = words.slice(longest[0], longest[1]);
  if (lines.length < 2 || !lines.some((w) => LINE_WORD.test(w) && lineRole(w) === 'actual'))
    return null;
  const groups: GridRow[][] = [];
  for (const [from, to] of spans) {
    const slots: (GridRow | null)[] = lines.map(() => null);
    let at = 0;
    for (let i = from; i < to; i += 1) {
      while (at < lines.length && !sameLine(words[i] ?? '', lines[at] ?? '')) at += 1;
      if (at === lines.length) return null;
      slots[at] = rows[i] as GridRow;
      at += 1;
    }
    const first = rows[from] as GridRow;
    // A KPI's first line missing: its name, from the line printing it, on an empty first line,
    // and that line's own place left without it.
    if (slots[0] === null) {
      const at = slots.indexOf(first);
      slots[0] = { row: first.row, cells: first.cells.map((c, i) => (i < column ? c : '')) };
      if (at > 0)
        slots[at] = { row: first.row, cells: first.cells.map((c, i) => (i < column ? '' : c)) };
    }
    groups.push(slots.map((line) => line ?? { row: first.row, cells: [] }));
  }
  if (groups.every((g) => g.length === lines.length && spansFull(g))) return null;
  return { column, lines, kpiRows: rows.length, groups };
}

/** Whether a KPI's lines were all printed (no slot made): the even case, read as before. */
const spansFull = (group: readonly GridRow[]) => group.every((r) => r.cells.length > 0);

/** A row's cells trimmed, the empty ones at its end dropped. */
function trimmedCells(r: GridRow): string[] {
  const trimmed = r.cells.map((c) => c.trim());
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return trimmed;
}

/**
 * A row printing the header's cells again (`header`, trimmed), two of them at least, nothing
 * else. The cheap test first: this runs on every row, most of them no header's first cell.
 */
function repeatsRow(row: GridRow, header: readonly string[]): boolean {
  // Cell by cell, with no array of the row's cells trimmed: under a header whose first cell is
  // empty, every row with none passes the first test, and the second cell tells most apart.
  const width = Math.max(row.cells.length, header.length);
  let filled = 0;
  for (let index = 0; index < width; index += 1) {
    const cell = (row.cells[index] ?? '').trim();
    if (cell !== (header[index] ?? '')) return false;
    if (cell !== '') filled += 1;
  }
  return filled >= 2;
}

/**
 * One KPI printed over several lines, a line per kind of figure (上段 計画 / 中段 実績 / 下段
 * 達成率, named by a legend or by a column of their own): each KPI's lines are joined into one
 * row, its name from the first line, and each of the columns the lines fill taken once per line
 * under the line's word (計画 H28, 実績 H28, 達成率 H28, …) with the role the word gives
 * ({@link lineRole}), so that a year's plan is its milestone, its result its actual and its
 * rate that year's. Null unless every KPI has the same lines, one of them of actuals, its name
 * on the first line only.
 */
export function joinKpiLines(rows: readonly GridRow[]): TurnedTable | null {
  const block = withHeadingLinesAbove(tableBlock(rows));
  if (!block) return null;
  const { header, above } = block;
  // The header printed again over each KPI's lines (小諸市 生涯学習 施策評価シート: 「指 標 名 | 単位 |
  // | 計画策定時 | 平成25年度 …」 over each indicator): read once, its cells copies of the first's.
  const headerCells = trimmedCells(header);
  const again = block.body.filter((r) => repeatsRow(r, headerCells));
  const lined = again.length === 0 ? block.body : block.body.filter((r) => !again.includes(r));
  // Lines named by words no rule knows (予定 / 結果 / 割合): read by what the rates say.
  const labelled = labelColumn(lined) ?? rateNamedLines(lined) ?? rateCycleLines(lined);
  // The KPIs' lines, then lines naming no kind of line, each a line of its own.
  const body = lined.slice(0, labelled?.kpiRows ?? lined.length);
  const trailing = lined.slice(body.length);
  const lines = labelled?.lines ?? legendLines([...above, header]) ?? placedLines(body);
  if (!lines) return null;
  // Lines named in a column of their own may be a plan's alone (合志市 成り行き値 / 目標値).
  if (!lines.some((w) => lineRole(w) === 'actual') && !labelled) return null;
  const size = lines.length;
  if (body.length === 0 || (!labelled?.groups && body.length % size !== 0)) return null;
  const groups =
    labelled?.groups ??
    Array.from({ length: body.length / size }, (_, g) => body.slice(g * size, g * size + size));
  const width = Math.max(...[header, ...body, ...trailing].map((r) => r.cells.length));
  const own = (c: number) => c !== labelled?.column;
  const filledBelow = (c: number) =>
    groups.some((g) => g.slice(1).some((r) => (r.cells[c] ?? '').trim() !== ''));
  const columns = Array.from({ length: width }, (_, c) => c).filter(own);
  // A plan reaching past the years with results (茨城県 期待値 H29 … H31, no 実績 yet): a
  // figure on the first line under a year is a value, not a name.
  // A column headed by the baseline's word (「平成 21 年度 現状値」) is the KPI's own, printed once.
  const planAhead = (c: number) =>
    headerYear((header.cells[c] ?? '').replace(/\s+/g, '')) !== null &&
    !baselineHeader(header.cells[c] ?? '') &&
    groups.some((g) => /[0-9０-９]/.test(g[0]?.cells[c] ?? ''));
  const values = columns.filter((c) => filledBelow(c) || planAhead(c));
  // A column of no year whose rates each KPI prints on one line (進捗 | 76.0% on the 実績 line).
  const rated = new Set(
    values.filter(
      (c) =>
        headerYear((header.cells[c] ?? '').replace(/\s+/g, '')) === null &&
        ratesOnOneLine(groups, c),
    ),
  );
  const names = columns.filter((c) => !values.includes(c));
  if (values.length === 0 || names.length === 0) return null;
  // Lines naming no kind are read as the years' own figures: only under columns of years.
  const yearOf = (c: number) => headerYear((header.cells[c] ?? '').replace(/\s+/g, ''));
  if (trailing.length > 0 && values.some((c) => yearOf(c) === null)) return null;
  // A form's empty slot (つくば市 個別施策評価調書: a third 目標値 / 実 績 pair with no name and no
  // figure) is no KPI: its line words are listed unplaced, not read as a nameless KPI's lines.
  const emptySlot = (g: readonly GridRow[]) =>
    g.every((r) => columns.every((c) => (r.cells[c] ?? '').trim() === ''));
  if (!groups.every((g) => emptySlot(g) || names.some((c) => (g[0]?.cells[c] ?? '').trim() !== '')))
    return null;
  if (groups.every(emptySlot)) return null;
  // The cells naming the lines are kept beside the KPI as printed, under their header.
  const kept = labelled ? [labelled.column] : [];
  const keptHeader = labelled ? lineHeader(header.cells[labelled.column] ?? '') : '';
  const heads = [...names, ...kept.flatMap((c) => lines.map(() => c))];
  const origins = new Origins();
  const out = origins.keepAll([...above, ...block.below]);
  const headerRow = out.length + 1;
  const labels = [
    ...names.map((c) => header.cells[c] ?? ''),
    ...kept.flatMap(() => lines.map(() => keptHeader)),
    ...lines.flatMap((w) => values.map((c) => `${w} ${(header.cells[c] ?? '').trim()}`.trim())),
  ];
  // A line's word over a column the header left empty is made, not printed: no cell of the file.
  const made = new Set<number>();
  const head = (column: number, c: number) => {
    origins.set(headerRow, column, { row: header.row, column: c + 1 });
    if ((header.cells[c] ?? '').trim() === '') made.add(column);
  };
  heads.forEach((c, i) => head(i + 1, c));
  lines.forEach((_, l) =>
    values.forEach((c, i) => head(heads.length + l * values.length + i + 1, c)),
  );
  out.push({ row: headerRow, cells: labels });
  for (const group of groups) {
    const row = out.length + 1;
    const first = group[0] as GridRow;
    const cells = names.map((c, i) => {
      origins.set(row, i + 1, { row: first.row, column: c + 1 });
      return first.cells[c] ?? '';
    });
    for (const c of kept)
      group.forEach((line) => {
        origins.set(row, cells.length + 1, { row: line.row, column: c + 1 });
        cells.push(line.cells[c] ?? '');
      });
    group.forEach((line, l) =>
      values.forEach((c, i) => {
        origins.set(row, heads.length + l * values.length + i + 1, {
          row: line.row,
          column: c + 1,
        });
        cells.push(line.cells[c] ?? '');
      }),
    );
    out.push({ row, cells });
  }
  trailingLines(trailing, { out, origins, heads, values, lines });
  const printedWords = labelled?.printed ?? null;
  const from = [
    ...heads.map(() => null),
    ...lines.flatMap((w, l) => {
      const printed = printedWords?.[l];
      const line =
        printed === undefined
          ? `the ${w} line of each KPI`
          : `the ${printed} line of each KPI, read as its ${w} by the printed rates`;
      return values.map(() => line);
    }),
  ];
  // The lines' columns hold what their word says; the cells naming the lines are kept as printed.
  // A names' header holding the legend of the lines (「指標（上段：計画、中段：実績、下段：達成率）」)
  // names the KPIs, whatever the legend's words would make of it (達成率: a rate).
  const roles: (ColumnRoleName | null)[] = [
    ...names.map((c): ColumnRoleName | null =>
      LEGEND.test((header.cells[c] ?? '').normalize('NFKC')) ? 'kpi' : null,
    ),
    ...kept.flatMap(() => lines.map((): ColumnRoleName => 'other')),
    ...lines.flatMap((w) =>
      values.map((c) => (rated.has(c) ? 'rate' : lineCellRole(w, header.cells[c] ?? ''))),
    ),
  ];
  return {
    rows: out,
    origin: origins.origin,
    headerRow: header.row,
    readAs: (column) => from[column - 1] ?? null,
    made: (row, column) => row === headerRow && made.has(column),
    copies: (row, column) =>
      row === headerRow && !made.has(column)
        ? again.map((r) => ({ row: r.row, column: origins.origin(row, column).column }))
        : [],
    // A header cell with a line's word before it (「計画 R3」) is the header cell printed (「R3」).
    printed: (row, column) =>
      row === headerRow && !made.has(column)
        ? (header.cells[origins.origin(row, column).column - 1] ?? null)
        : null,
    given: (row, column) => {
      const role = row === headerRow ? roles[column - 1] : null;
      return role ? { role, because: REWRITTEN } : null;
    },
  };
}

/**
 * Lines after the KPIs' that name no kind of line (三重県 施策評価表: the 施策's cost, 必要概算コスト
 * and 予算額等 by year, under its KPI's 目標 / 実績): each a line of its own, its figures under
 * the actuals' line's columns, read as the years' own as they would be in a table of one line
 * each; no line of the KPIs' is made for them.
 */
function trailingLines(
  trailing: readonly GridRow[],
  at: {
    out: GridRow[];
    origins: Origins;
    heads: readonly number[];
    values: readonly number[];
    lines: readonly string[];
  },
): void {
  const { out, origins, heads, values, lines } = at;
  const actualLine = lines.findIndex((w) => lineRole(w) === 'actual');
  for (const line of trailing) {
    const row = out.length + 1;
    // The kinds' column, kept once per line among the heads, is empty on these lines.
    const cells = heads.map((c, i) => {
      const text = line.cells[c] ?? '';
      if (text.trim() !== '') origins.set(row, i + 1, { row: line.row, column: c + 1 });
      return text;
    });
    lines.forEach((_, l) =>
      values.forEach((c) => {
        const text = l === actualLine ? (line.cells[c] ?? '') : '';
        if (text.trim() !== '')
          origins.set(row, cells.length + 1, { row: line.row, column: c + 1 });
        cells.push(text);
      }),
    );
    out.push({ row, cells });
  }
}
