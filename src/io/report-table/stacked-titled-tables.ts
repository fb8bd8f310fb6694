import type { GridRow } from '../grid.ts';
import type { CellOrigin, TurnedTable } from './cell-origin.ts';
import { Origins } from './cell-origin.ts';
import { classifyHeader, headerYear } from './column-role.ts';
import type { ColumnRoleName } from '../../domain/column-role-name.ts';
import { rateExplainedColumns } from './rate-explained-columns.ts';

/** A cell of a plain number (35,000, 71.4%, 33万3811): a figure's, no header's, told at a glance. */
const PLAIN_NUMBER = /^\s*[▲△-]?\s*[\d,.万]+\s*%?\s*$/;

/** The roles a column of such a table is keyed by, with the year its header names. */
const FIGURE_ROLES = new Set(['target', 'actual', 'rate', 'baseline', 'cumulative']);

const filledCount = (row: GridRow): number => {
  let n = 0;
  for (const cell of row.cells) if (cell.trim() !== '') n += 1;
  return n;
};

/** Whether a row fills exactly one cell: a loop that stops at the second (this runs on every row). */
function oneFilled(row: GridRow): boolean {
  let n = 0;
  for (const cell of row.cells) if (cell.trim() !== '' && ++n > 1) return false;
  return n === 1;
}

const firstFilled = (row: GridRow): number => row.cells.findIndex((c) => c.trim() !== '');

/** A year alone, no role word with it (平成18年度, H19, 2020年): a header's year line's. */
const BARE_YEAR = /^(?:令和|平成|昭和|[HRS])?(?:元|\d{1,4})年?度?$/;
const isBareYear = (text: string): boolean =>
  BARE_YEAR.test(text.normalize('NFKC').replace(/\s+/g, '')) && headerYear(text) !== null;

/** A line of one cell, no figure: a table's title (要介護認定者数 (単位:人)). */
const isTitleLine = (row: GridRow): boolean =>
  oneFilled(row) && !PLAIN_NUMBER.test(row.cells[firstFilled(row)] ?? '');

/**
 * A header's line of role words: two or more cells naming a figure's role (計画値, 実績値, 計画比),
 * a year alone naming none, and no cell a figure.
 */
function isRoleLine(row: GridRow): boolean {
  // A row with a figure is told at once, before any cell's words are classified.
  if (hasFigure(row)) return false;
  let named = 0;
  for (const cell of row.cells) {
    const text = cell.trim();
    if (text !== '' && !isBareYear(text) && FIGURE_ROLES.has(classifyHeader(text).role.kind))
      named += 1;
  }
  return named >= 2;
}

/** Whether a cell of the row is a plain number: a row of figures, no header's. */
const hasFigure = (row: GridRow): boolean => row.cells.some((c) => PLAIN_NUMBER.test(c));

/**
 * A header's line of years over the role words (区分 | 平成18年度 | | | 平成19年度): its label
 * aside, years alone, or a word over an empty cell of the line below naming its own column (単位).
 */
function isYearLine(row: GridRow, below: GridRow): boolean {
  if (hasFigure(row)) return false;
  let years = 0;
  for (const [c, cell] of row.cells.entries()) {
    const text = cell.trim();
    if (text === '' || c === 0) continue;
    if (PLAIN_NUMBER.test(text)) return false;
    if (isBareYear(text)) years += 1;
    else if ((below.cells[c] ?? '').trim() !== '') return false;
  }
  return years >= 1;
}

/** A column's key across the tables: its role and year (target:2006), the unit, the label, or its words. */
type Key = string;

interface Printed {
  readonly place: CellOrigin;
  readonly text: string;
}

/** One of the stacked tables: its title, its header's keys and where each was printed, its rows. */
interface Section {
  readonly title: GridRow;
  /** The header's lines (a line of years, then the role words; or the role words alone). */
  readonly header: readonly GridRow[];
  readonly rows: readonly GridRow[];
  /** The rows' years as its rows, not its columns: the title names its one KPI (要介護認定者数). */
  readonly yearRows: boolean;
  /** The roles the printed rates gave its columns (0-based), where no word names them. */
  readonly byRates: ReadonlyMap<number, RateRole> | null;
}

/** The roles a column gets from the rates it prints or reproduces. */
type RateRole = Extract<ColumnRoleName, 'target' | 'actual' | 'rate'>;

/** A header's line of labels: two cells or more, no figure (見積り | 到達 | 見積り比). */
const isLabelLine = (row: GridRow): boolean => filledCount(row) >= 2 && !hasFigure(row);

/** The rows of two or more cells from `at`: a section's body. */
function bodyFrom(rows: readonly GridRow[], at: number): GridRow[] {
  let end = at;
  while (end < rows.length && filledCount(rows[end] as GridRow) >= 2) end += 1;
  return rows.slice(at, end) as GridRow[];
}

/** The roles the printed rates give a section's columns (0-based), or null when they explain none. */
function rolesByRates(body: readonly GridRow[]): Map<number, RateRole> | null {
  const found = rateExplainedColumns(body);
  if (found.length === 0) return null;
  const byRates = new Map<number, RateRole>();
  for (const r of found)
    byRates.set(r.rate, 'rate').set(r.numerator, 'actual').set(r.denominator, 'target');
  return byRates;
}

/** Whether a header's words leave a plan, a result or a rate unnamed (a column of no known word). */
function wordsLackRoles(roleLine: GridRow): boolean {
  const kinds = new Set<string>();
  let unnamed = false;
  for (const cell of roleLine.cells.slice(1)) {
    if (cell.trim() === '') continue;
    const kind = classifyHeader(cell.trim()).role.kind;
    if (kind === 'other') unnamed = true;
    kinds.add(kind);
  }
  return unnamed && !(kinds.has('target') && kinds.has('actual') && kinds.has('rate'));
}

/**
 * A header of labels no word names over rows whose printed rates two other columns' ratio
 * reproduces (大阪府 高齢者計画 「見積り | 到達 | 見積り比」 over 「33万3811 | 32万1334 | 96.3%」): a
 * header by the rates. Tried only where no line's words name a header; null when the rates
 * explain no column.
 */
function rateHeader(rows: readonly GridRow[], at: number): GridRow[] | null {
  const next = rows[at];
  const after = rows[at + 1];
  if (next === undefined || !isLabelLine(next)) return null;
  const header =
    after !== undefined && isYearLine(next, after) && isLabelLine(after) ? [next, after] : [next];
  const body = bodyFrom(rows, at + header.length);
  return body.length > 0 && rateExplainedColumns(body).length > 0 ? header : null;
}

/** The sections: a title line, a header of one or two lines, then rows of two or more cells. */
function sectionsOf(
  rows: readonly GridRow[],
): { above: GridRow[]; sections: Section[]; below: GridRow[] } | null {
  const sections: Section[] = [];
  let above: GridRow[] | null = null;
  let i = 0;
  while (i < rows.length) {
    const row = rows[i] as GridRow;
    const next = rows[i + 1];
    const after = rows[i + 2];
    let header: GridRow[] | null = null;
    if (isTitleLine(row) && next !== undefined) {
      if (isRoleLine(next)) header = [next];
      else if (after !== undefined && isYearLine(next, after) && isRoleLine(after))
        header = [next, after];
      else header = rateHeader(rows, i + 1);
    }
    if (header === null) {
      if (sections.length > 0) break;
      i += 1;
      continue;
    }
    above ??= rows.slice(0, i) as GridRow[];
    let end = i + 1 + header.length;
    while (end < rows.length && filledCount(rows[end] as GridRow) >= 2) end += 1;
    const body = rows.slice(i + 1 + header.length, end);
    if (body.length === 0) return null;
    // Columns the header's words name none of are read by the rates they print or reproduce.
    const byRates = wordsLackRoles(header.at(-1) as GridRow) ? rolesByRates(body) : null;
    sections.push({
      title: row,
      header,
      rows: body,
      yearRows: header.length === 1 && yearRowsOf(header[0] as GridRow, body),
      byRates,
    });
    i = end;
  }
  if (above === null || sections.length < 2) return null;
  return { above, sections, below: rows.slice(i) as GridRow[] };
}

/** Whether every row is named by a year in the first column, under role words naming none. */
function yearRowsOf(header: GridRow, body: readonly GridRow[]): boolean {
  const yearless = header.cells.every((cell) => {
    const { role } = classifyHeader(cell.trim());
    return !('fiscalYear' in role) || role.fiscalYear === null;
  });
  return (
    yearless &&
    body.every((r) => firstFilled(r) === 0 && headerYear((r.cells[0] ?? '').trim()) !== null)
  );
}

/** The key of a header cell: the unit's, a figure's role and year, or its words (a column kept as printed). */
function keyOf(role: string, year: number | null, words: string): Key {
  if (role === 'unit') return 'unit';
  return FIGURE_ROLES.has(role)
    ? `${role}:${year ?? ''}`
    : `text:${words.normalize('NFKC').replace(/\s+/g, '')}`;
}

/**
 * Each column's key in a section's header, the label column (the first) aside, with where its
 * words and its year were printed: a year over a span of columns is each one's (carried right).
 */
function headerKeys(section: Section): KeyedCell[] {
  const roleLine = section.header.at(-1) as GridRow;
  const yearLine = section.header.length === 2 ? (section.header[0] as GridRow) : null;
  const width = Math.max(roleLine.cells.length, yearLine?.cells.length ?? 0);
  const out: KeyedCell[] = [];
  let carried: Printed | null = null;
  for (let c = 1; c < width; c += 1) {
    const up = yearLine?.cells[c]?.trim() ?? '';
    const low = roleLine.cells[c]?.trim() ?? '';
    if (yearLine !== null && up !== '')
      carried = isBareYear(up) ? { place: { row: yearLine.row, column: c + 1 }, text: up } : null;
    const word: Printed | null =
      low !== ''
        ? { place: { row: roleLine.row, column: c + 1 }, text: low }
        : yearLine !== null && up !== '' && !isBareYear(up)
          ? { place: { row: yearLine.row, column: c + 1 }, text: up }
          : null;
    if (word === null) continue;
    const { role } = classifyHeader(word.text);
    const byRates =
      word.place.row === roleLine.row && role.kind === 'other'
        ? section.byRates?.get(c)
        : undefined;
    const kind = byRates ?? role.kind;
    const own =
      byRates !== undefined ? headerYear(word.text) : 'fiscalYear' in role ? role.fiscalYear : null;
    const year =
      carried === null || word.place.row !== roleLine.row ? null : headerYear(carried.text);
    out.push({
      key: keyOf(kind, year ?? own, word.text),
      word,
      year: year === null ? null : carried,
      byRates: byRates !== undefined,
    });
  }
  return out;
}

/** A column's key printed somewhere: its key, its role words' place, its year's place. */
interface KeyedCell {
  readonly key: Key;
  readonly word: Printed;
  readonly year: Printed | null;
  /** Whether the printed rates gave its role, no word. */
  readonly byRates: boolean;
}

/** A section's columns keyed; a table of years as rows, each row's columns keyed by its year. */
interface KeyedSection {
  readonly section: Section;
  readonly keys: readonly KeyedCell[];
  readonly rowKeys: readonly (readonly KeyedCell[])[] | null;
}

const yearOfKey = (key: Key) => Number(/:(\d+)$/.exec(key)?.[1] ?? NaN);

function keyedSection(section: Section): KeyedSection {
  const keys = headerKeys(section);
  if (!section.yearRows) return { section, keys, rowKeys: null };
  const rowKeys = section.rows.map((r) => {
    const year = headerYear((r.cells[0] ?? '').trim());
    return keys.map((k) => ({
      ...k,
      key: k.key.replace(/:$/, `:${year ?? ''}`),
      year: { place: { row: r.row, column: 1 }, text: r.cells[0] ?? '' },
    }));
  });
  return { section, keys, rowKeys };
}

/** The columns of all the tables: the label, the unit, each year's columns in turn, the others. */
function unionOf(all: readonly KeyedCell[]): Key[] {
  const union: Key[] = ['label'];
  if (all.some((k) => k.key === 'unit')) union.push('unit');
  const figureKeys = [...new Set(all.map((k) => k.key).filter((k) => k !== 'unit'))];
  const years = [...new Set(figureKeys.map(yearOfKey).filter((y) => !Number.isNaN(y)))];
  for (const year of years.sort((a, b) => a - b))
    union.push(...figureKeys.filter((k) => yearOfKey(k) === year));
  union.push(...figureKeys.filter((k) => Number.isNaN(yearOfKey(k))));
  return union;
}

/**
 * The union's two header lines, each cell the first of its printings (a header line's before a
 * row's label), the others its copies; a cell the first of one column is no copy of another.
 * The label and a column no year heads (単位) are named on the line of years, as printed.
 */
class StackedHeader {
  readonly copies = new Map<string, CellOrigin[]>();
  private readonly firsts = new Set<string>();
  private readonly words = new Map<Key, Printed[]>();
  private readonly years = new Map<number, Printed[]>();

  constructor(
    private readonly origins: Origins,
    private readonly headerRows: ReadonlySet<number>,
    all: readonly KeyedCell[],
  ) {
    for (const k of all) {
      this.words.set(k.key, [...(this.words.get(k.key) ?? []), k.word]);
      const year = yearOfKey(k.key);
      if (k.year !== null && !Number.isNaN(year))
        this.years.set(year, [...(this.years.get(year) ?? []), k.year]);
    }
  }

  lines(union: readonly Key[], labels: readonly Printed[], row: number): GridRow[] {
    const own = (key: Key) => key === 'label' || key === 'unit' || key.startsWith('text:');
    const yearCells = union.map((key, u) => {
      if (key === 'label') return this.cell(row, u, labels);
      if (own(key)) return this.cell(row, u, this.words.get(key) ?? []);
      const year = yearOfKey(key);
      if (u > 0 && yearOfKey(union[u - 1] ?? '') === year) return '';
      return this.cell(row, u, this.years.get(year) ?? []);
    });
    const wordCells = union.map((key, u) =>
      own(key) ? '' : this.cell(row + 1, u, this.words.get(key) ?? []),
    );
    for (const [at, places] of this.copies)
      this.copies.set(
        at,
        places.filter((p) => !this.firsts.has(`${p.row}:${p.column}`)),
      );
    return [
      { row, cells: yearCells },
      { row: row + 1, cells: wordCells },
    ];
  }

  private cell(row: number, u: number, printed: readonly Printed[]): string {
    const placeKey = (p: Printed) => `${p.place.row}:${p.place.column}`;
    const first =
      printed.find((p) => this.headerRows.has(p.place.row) && !this.firsts.has(placeKey(p))) ??
      printed.find((p) => !this.firsts.has(placeKey(p)));
    if (first === undefined) return '';
    this.firsts.add(placeKey(first));
    this.origins.set(row, u + 1, first.place);
    const rest = new Map(printed.filter((p) => p !== first).map((p) => [placeKey(p), p.place]));
    this.copies.set(`${row}:${u + 1}`, [...rest.values()]);
    return first.text;
  }
}

/** The words naming the label column, a word before a year (区分 before 年度) the first. */
function labelWords(sections: readonly Section[]): Printed[] {
  const words: Printed[] = sections.flatMap((s) => {
    const cell = s.header[0]?.cells[0]?.trim() ?? '';
    return cell === '' ? [] : [{ place: { row: s.header[0]?.row ?? 0, column: 1 }, text: cell }];
  });
  const word = words.find((p) => headerYear(p.text) === null && !/年度?$/.test(p.text));
  return word === undefined ? words : [word, ...words.filter((p) => p !== word)];
}

/** A table of years as rows made one row: its name its title, each year's cells under that year's columns. */
function yearRowsKpi(
  { section, rowKeys }: KeyedSection,
  union: readonly Key[],
  row: number,
  origins: Origins,
): GridRow {
  const cells = union.map(() => '');
  const at = firstFilled(section.title);
  cells[0] = section.title.cells[at] ?? '';
  origins.set(row, 1, { row: section.title.row, column: at + 1 });
  section.rows.forEach((line, r) =>
    (rowKeys?.[r] ?? []).forEach((k) => {
      const u = union.indexOf(k.key);
      cells[u] = line.cells[k.word.place.column - 1] ?? '';
      origins.set(row, u + 1, { row: line.row, column: k.word.place.column });
    }),
  );
  return { row, cells };
}

/** A table's row under the union's columns. */
function unionRow(
  line: GridRow,
  keys: readonly KeyedCell[],
  union: readonly Key[],
  row: number,
  origins: Origins,
): GridRow {
  const cells = union.map((key, u) => {
    const c = key === 'label' ? 0 : (keys.find((k) => k.key === key)?.word.place.column ?? 0) - 1;
    if (c < 0) return '';
    origins.set(row, u + 1, { row: line.row, column: c + 1 });
    return line.cells[c] ?? '';
  });
  return { row, cells };
}

/**
 * Tables printed one under another, each under a title line and a header of its own (大阪府
 * 高齢者計画の検証: 要介護認定者数 with the years as rows, 年度 | 計画値 | 実績値 | 計画比; then the
 * services with two years side by side under 平成18年度 over 計画値 | 実績値 | 計画比, the last with a
 * 単位 column): read as one table whose columns are all the tables' columns, keyed by the role and
 * year each names (a table of years as rows turned into one KPI named by its title), under a
 * header of a line of years over a line of role words as printed; each later table a table of its
 * own. Null unless two or more such tables differ in their headers.
 */
export function readStackedTitledTables(rows: readonly GridRow[]): TurnedTable | null {
  // The cheap test first: a title line followed by a row of two or more cells, twice.
  let titled = 0;
  for (let i = 0; i + 1 < rows.length && titled < 2; i += 1)
    if (oneFilled(rows[i] as GridRow) && filledCount(rows[i + 1] as GridRow) >= 2) titled += 1;
  if (titled < 2) return null;
  const found = sectionsOf(rows);
  if (found === null) return null;
  const { above, sections, below } = found;
  if (!sections.some((s) => s.yearRows || s.header.length === 2)) return null;
  const keyed = sections.map(keyedSection);
  if (new Set(keyed.map((k) => k.keys.map((x) => x.key).join('|'))).size < 2) return null;
  const all = keyed.flatMap((k) => k.rowKeys?.flat() ?? k.keys);
  const union = unionOf(all);
  const origins = new Origins();
  const titles = keyed.filter((k) => k.rowKeys === null).map((k) => k.section.title);
  const out = origins.keepAll([...above, ...titles]);
  const headerRows = new Set(sections.flatMap((s) => s.header.map((h) => h.row)));
  const header = new StackedHeader(origins, headerRows, all);
  const wordsRow = out.length + 2;
  out.push(...header.lines(union, labelWords(sections), out.length + 1));
  const tableStarts = new Set<number>();
  for (const [s, k] of keyed.entries()) {
    if (s > 0) tableStarts.add(out.length + 1);
    if (k.rowKeys !== null) out.push(yearRowsKpi(k, union, out.length + 1, origins));
    else
      for (const line of k.section.rows)
        out.push(unionRow(line, k.keys, union, out.length + 1, origins));
  }
  origins.append(out, below);
  return {
    rows: out,
    origin: origins.origin,
    headerRow: (sections[0]?.header.at(-1) as GridRow).row,
    readAs: () => null,
    copies: (row, column) => header.copies.get(`${row}:${column}`) ?? [],
    tableStarts,
    ...givenByRates(all, union, wordsRow),
  };
}

/**
 * The roles the printed rates gave the union's columns, on its line of words (the words
 * themselves naming none): none where every role is the words'.
 */
function givenByRates(
  all: readonly KeyedCell[],
  union: readonly Key[],
  wordsRow: number,
): Pick<TurnedTable, 'given'> {
  const keys = new Set(all.filter((k) => k.byRates).map((k) => k.key));
  if (keys.size === 0) return {};
  const because =
    'read by the printed rates: the column the rates divide by is the plan, the one they divide the result';
  return {
    given: (row, column) => {
      const key = union[column - 1];
      if (row !== wordsRow || key === undefined || !keys.has(key)) return null;
      const role = key.slice(0, key.indexOf(':'));
      return role === 'target' || role === 'actual' || role === 'rate' ? { role, because } : null;
    },
  };
}
