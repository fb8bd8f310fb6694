import { describe, expect, it } from 'vitest';
import { cellText } from './cell-text.ts';
import { withoutRepeats } from './page-repeats.ts';
import type { PageRow } from './page-table.ts';
import { edges, pageTable } from './page-table.ts';
import type { Rule, TextRun } from './pdf-page-content.ts';

/*
 * A page as pdfjs gives it, drawn by hand: 7-point text runs (x at their left edge, y at their
 * baseline) and 0.5-point borders, in points from the page's top-left corner.
 */

const run = (text: string, x: number, y: number, width = text.length * 7): TextRun => ({
  text,
  x,
  y,
  width,
  size: 7,
});
const vertical = (x: number, top: number, bottom: number): Rule => ({
  left: x - 0.25,
  right: x + 0.25,
  top,
  bottom,
});
const horizontal = (y: number, left: number, right: number): Rule => ({
  left,
  right,
  top: y - 0.25,
  bottom: y + 0.25,
});

/** Three columns (0–100, 100–140, 140–300) and three rows (10–30, 30–50, 50–70). */
const COLUMNS = [0, 100, 140, 300];
const ROWS = [10, 30, 50, 70];
const fullGrid = (): Rule[] => [
  ...COLUMNS.map((x) => vertical(x, 10, 70)),
  ...ROWS.map((y) => horizontal(y, 0, 300)),
];

describe('rebuilding a page table from its borders', () => {
  it('puts each run in the cell its borders enclose, row by row', () => {
    const rows = pageTable(
      {
        runs: [run('⑦ 延べ床面積', 2, 20), run('93%', 105, 20, 14), run('寺沢倉庫', 142, 20)],
        rules: fullGrid(),
      },
      COLUMNS,
    );
    expect(rows.map((r) => r.cells)).toEqual([['⑦ 延べ床面積', '93%', '寺沢倉庫']]);
  });
  it('gives a merged cell (no border across it) its text once, at its top-left place', () => {
    // Column 1 has no border between rows 1 and 2; row 3's first two cells are one cell.
    const rules = [
      ...COLUMNS.map((x) => vertical(x, 10, 70)).filter((_, i) => i !== 1),
      vertical(100, 10, 50),
      horizontal(10, 0, 300),
      horizontal(30, 100, 300),
      horizontal(50, 0, 300),
      horizontal(70, 0, 300),
    ];
    const rows = pageTable(
      {
        runs: [
          run('4 リスク', 2, 20),
          run('マネジメント', 2, 40),
          run('0', 105, 20, 4),
          run('1', 105, 40, 4),
          run('合計 2(1)', 2, 60),
        ],
        rules,
      },
      COLUMNS,
    );
    expect(rows.map((r) => r.cells)).toEqual([
      ['4 リスクマネジメント', '0', ''],
      ['', '1', ''],
      ['合計 2(1)', '', ''],
    ]);
  });
  it('cuts a run pdfjs joined across a border into its two cells', () => {
    const rows = pageTable({ runs: [run('単位 単年', 80, 20, 35)], rules: fullGrid() }, COLUMNS);
    expect(rows[0]?.cells.slice(0, 2)).toEqual(['単位', '単年']);
  });
  it('reads text outside the ruled area one row a line, above and below', () => {
    const rows = pageTable(
      {
        runs: [run('湯沢市 進捗状況', 0, 5), run('R5', 60, 5, 10), run('1', 2, 20, 4)],
        rules: fullGrid(),
      },
      COLUMNS,
    );
    expect(rows.map((r) => [r.ruled, r.cells])).toEqual([
      [false, ['湯沢市 進捗状況 R5']],
      [true, ['1', '', '']],
    ]);
  });
  it('merges border positions closer than 1.5 points into one edge', () => {
    expect(edges([100.4, 0, 100, 140, 139.2])).toEqual([0, 100, 139.2]);
  });
});

describe('one cell’s text from its runs', () => {
  it('joins a wrapped Japanese narrative without a space, and a Latin one with one', () => {
    expect(cellText([run('寺沢倉庫などの', 0, 10), run('譲渡のほか', 0, 19)])).toBe(
      '寺沢倉庫などの譲渡のほか',
    );
    expect(cellText([run('Facebook', 0, 10, 30), run('and LINE', 0, 19, 30)])).toBe(
      'Facebook and LINE',
    );
  });
  it('keeps the space where a short line broke before a Latin word: "9 財政構造の改革 (24.25.26)"', () => {
    const lines = [run('9 財政構造の改革', 0, 10, 60), run('(24.25.26)', 0, 19, 40)];
    expect(cellText(lines, 100)).toBe('9 財政構造の改革 (24.25.26)');
    expect(cellText(lines, 62)).toBe('9 財政構造の改革(24.25.26)');
  });
  it('reads the ideograph where the font maps a radical: ⽅ → 方, ⺠ → 民, ‧ → ・', () => {
    expect(cellText([run('基本⽅針 市⺠ 地区‧団体', 0, 10)])).toBe('基本方針 市民 地区・団体');
  });
});

describe('what every page repeats', () => {
  const row = (y: number, cells: string[], ruled = true): PageRow => ({ y, cells, ruled });
  const header = row(40, ['基本方針', '担当課', '達成率']);
  it('drops the running footer and the header repeated on later pages', () => {
    const pages = [
      [row(10, ['湯沢市 進捗状況'], false), header, row(60, ['1', '企画課', '93%'])],
      [header, row(60, ['4', '総務課', '76%']), row(580, ['2 / 2 ページ'], false)],
    ];
    pages[0]?.push(row(580, ['1 / 2 ページ'], false));
    expect(withoutRepeats(pages).map((r) => r.cells[0])).toEqual([
      '湯沢市 進捗状況',
      '基本方針',
      '1',
      '4',
    ]);
  });
  it('knows a repeat by most of its cells, and drops the cut text above it', () => {
    const pages = [
      [header, row(60, ['1', '企画課', '93%'])],
      [
        row(20, ['3 行政経営マネジ'], false),
        row(40, ['8 人事行政', '担当課', '達成率']),
        row(60, ['4', '総務課', '76%']),
      ],
    ];
    expect(withoutRepeats(pages).map((r) => r.cells[0])).toEqual(['基本方針', '1', '4']);
  });
});
