/**
 * The development set's tables written other ways a city might print them, to measure how far
 * the importer reads a table by what it holds rather than by the words and forms it has seen:
 * each variant keeps every figure and rate, so a table read fully as printed should read fully
 * so too. Comment lines (# …) are kept as they are.
 */
export interface TableVariant {
  readonly name: string;
  readonly rewrite: (text: string) => string;
}

/** Each non-comment line of a TSV, rewritten cell by cell. */
const cellwise =
  (cell: (text: string) => string) =>
  (text: string): string =>
    text
      .split('\n')
      .map((line) => (line.startsWith('#') ? line : line.split('\t').map(cell).join('\t')))
      .join('\n');

/** Role words replaced by words no rule reads a role from, in short cells (headers, line names). */
const UNKNOWN_WORDS: readonly [RegExp, string][] = [
  [/実績値|実績/g, '到達'],
  [/目標値|目標/g, '見通し'],
  [/基準値|基準|現状値|現状|策定時/g, '出発点'],
  [/計画値|計画/g, '見積り'],
];
const HEADER_CELL = 16;

const unknownWords = cellwise((cell) =>
  cell.length > HEADER_CELL ? cell : UNKNOWN_WORDS.reduce((c, [re, w]) => c.replace(re, w), cell),
);

/** Digits, % , points and commas typed in full width. */
const fullWidth = cellwise((cell) =>
  cell.replace(/[0-9%.,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)),
);

/** An empty column after the first (a spreadsheet's spacer column). */
const spacerColumn = (text: string): string =>
  text
    .split('\n')
    .map((line) => {
      if (line.startsWith('#') || line.trim() === '') return line;
      const cells = line.split('\t');
      return cells.length > 1 ? [cells[0], '', ...cells.slice(1)].join('\t') : line;
    })
    .join('\n');

const ERA_START: Readonly<Record<string, number>> = { 平成: 1988, 令和: 2018, H: 1988, R: 2018 };

/** Years written in 西暦: 平成30年度 → 2018年度, H30 → 2018, 令和元年 → 2019年. */
const westernYears = cellwise((cell) =>
  cell
    .replace(
      /(平成|令和)\s*(元|\d{1,2})\s*年/g,
      (_, era: string, n: string) => `${(ERA_START[era] ?? 0) + (n === '元' ? 1 : Number(n))}年`,
    )
    .replace(
      /(?<![A-Za-z])([HR])(\d{1,2})(?!\d)/g,
      (_, era: string, n: string) => `${(ERA_START[era] ?? 0) + Number(n)}`,
    ),
);

export const TABLE_VARIANTS: readonly TableVariant[] = [
  {
    name: 'header words no rule knows (実績 → 到達, 目標 → 見通し, 基準 → 出発点, 計画 → 見積り)',
    rewrite: unknownWords,
  },
  { name: 'figures typed in full width (６０．２％)', rewrite: fullWidth },
  { name: 'a spacer column after the first', rewrite: spacerColumn },
  { name: 'years in 西暦 (H30 → 2018)', rewrite: westernYears },
];
