import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grid } from '../grid.ts';
import { contentRows } from '../grid.ts';
import { ImportError } from '../import-problem.ts';
import type { ImportedReport } from '../imported-report.ts';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { readTsv } from '../read-delimited.ts';
import { readTableFile } from '../read-table-file.ts';
import { importReportTable } from './import-report-table.ts';
import { placedCells } from './table-reading.ts';
import { fixtureBytes } from '../../../test/support/test-files.ts';

/** Cells drawn from what tables hold: header words, years, figures, codes, departments, noise. */
const cell = fc.oneof(
  fc.constantFrom(
    '',
    '',
    '',
    '指標',
    '実績値',
    '目標値 (R8)',
    '基準値 (R1)',
    '達成率',
    '単位',
    '担当課',
    '累計',
    '合計',
    '計',
  ),
  fc.constantFrom(
    'R3',
    'R5年度',
    '平成30年度',
    '30年度',
    'H32',
    '① ★ 参加者数',
    '⑴',
    '総務課',
    '単年度',
    '2(1)',
    '(1)',
    '-',
    '―',
    '▲3',
  ),
  fc.integer({ min: -1000, max: 1_000_000 }).map(String),
  fc.float({ noNaN: true, noDefaultInfinity: true }).map((n) => `${n}%`),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const grid = fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 30 });

const onlyImportErrors = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
  }
};

const place = (p: { row: number; column: number }) => `${p.row}:${p.column}`;

/**
 * The invariant: every non-empty cell of the table (comment lines aside) is placed — in the plan,
 * or as a header or title cell — or listed unplaced, exactly once.
 */
function expectEveryCellAccounted(grid: Grid, report: ImportedReport): void {
  const cells = contentRows(grid.rows).flatMap((r) =>
    r.cells.flatMap((text, index) =>
      text.trim() === '' ? [] : [place({ row: r.row, column: index + 1 })],
    ),
  );
  const placed = placedCells(report.reading);
  const accounted = [...placed.map(place), ...report.unplaced.map(place)];
  expect(placed.length + report.unplaced.length).toBe(cells.length);
  expect(accounted.sort()).toEqual(cells.sort());
}

describe('tables the property found', () => {
  // Turned as years-as-rows, the R3 labels are copied into two places each: once in unplaced.
  it.each([
    [
      [
        ['0', '累計'],
        ['R3', '0'],
        ['R3', '実績値'],
        ['0', '', '0'],
      ],
    ],
    [
      [
        ['R3', 'R3'],
        ['R3', 'R3'],
        ['R3', 'R3'],
        ['-', '', '0%'],
      ],
    ],
    // A year alone under the target above, the name's cell left empty: a wrapped line whose empty
    // name was counted placed (seed 1565831101).
    [[['目標値 (R8)', '指標'], ['▲3', '目標値 (R8)'], ['R3']]],
    // Line names (実績値, 達成率) in the last column beside year-like cells (seed 198989419).
    [
      [
        ['0', '累計'],
        ['R3', '', 'R3', '0', '', '実績値'],
        ['0%', 'R3', '', '', '0', '達成率'],
      ],
    ],
    // A header twice as wide as its one row, the row's cells of a KPI's kinds: not two KPIs side
    // by side (no row holds a second), and the second half's header cells kept (seed 478107861).
    [
      [
        ['実績値', '', '', '0', 'R3', 'R3'],
        ['R3', '0', '0%'],
      ],
    ],
    // A line read as the rest of a wrapped KPI name (a year under a figure) right after a KPI
    // given twice, which leaves no KPI to continue: a stray line, its cells listed (seed 885104806).
    [
      [
        ['R3', '0'],
        ['目標値 (R8)', 'R3', 'R3', 'R3'],
        ['実績値', 'R3', '1.000000082740371e-11%', ':', ':'],
      ],
    ],
    // Row labels over two columns the header leaves unnamed, joined into one KPI name: the lower
    // level's cell (担当課) is read with the name, not lost (seed 101, a 40,000-run search).
    [
      [
        ['0', '', '', '0%'],
        ['-1.401298464324817e-45%', '担当課', '', 'R3', '0'],
      ],
    ],
    // Row labels over unheaded columns joined into a name, on a row read as no KPI: the lower
    // level's cell (R3) was listed inside the name's, not on its own (seed 1614595749, stop 40).
    [
      [
        ['担当課', '', '', 'R3'],
        ['目標値 (R8)', '', 'R3', '-', '30年度'],
      ],
    ],
    // Two tables a helper's runs found on bd976c4 (stop 36): 12 cells accounted where 10 are
    // printed, and an empty cell placed as a header.
    [
      [
        ['-1.401298464324817e-45%', '1.401298464324817e-45%'],
        ['', '0', '!'],
        ['$', '目標値 (R8)'],
        ['', '総務課', 'R3', '0', '0%'],
      ],
    ],
    [
      [
        ['', '目標値 (R8)', '指標'],
        ['0%', '0', 'R3'],
        ['-1.401298464324817e-45%', '', '目標値 (R8)', 'R3'],
        ['0%', '0%', '目標値 (R8)'],
      ],
    ],
    // Two lines joined under a made word (計画) and a made count, with no report year: the made
    // cells are never listed unplaced as if they were printed cells (seeds 1482740909, 941977104).
    [
      [
        ['目標値 (R8)', '基準値 (R1)'],
        ['', '0%', 'R3'],
        ['', '目標値 (R8)', 'R3', '0%', 'R3'],
        ['$', '0%'],
      ],
    ],
    [
      [
        ['!', ':'],
        ['', '0%', 'R3'],
        ['', '', '0%', '0', 'R3'],
        ['0%', '', '目標値 (R8)'],
      ],
    ],
    // A KPI's lines joined (上段 / 中段 / 下段) under a header with empty cells: the line words
    // made over them are no cells of the file, not listed unplaced (seed 1909636573: 11 for 10).
    [
      [
        ['-1.401298464324817e-45%', '!'],
        ['R3', '0%', '!'],
        ['', '目標値 (R8)', '0%'],
        ['0', '0', '', '', '0%'],
      ],
    ],
    // Blocks under one header printed again (累計 / 目標値 lines) where the header is shorter than
    // the lines: the line word alone over the missing header cell is no cell of the file (seed
    // 1188738237: 11 for 10).
    [
      [
        ['0%'],
        ['', 'R3', '0'],
        ['累計', '', '実績値'],
        ['目標値 (R8)', '', 'R3'],
        ['0%', '', '0', '0'],
      ],
    ],
  ])('accounts for every cell of %j exactly once', (rows) => {
    const table = readTsv('found.tsv', rows.map((r) => r.join('\t')).join('\n'));
    onlyImportErrors(() => expectEveryCellAccounted(table, importReportTable(table)));
    // With the year given, the rows are read, not only listed.
    onlyImportErrors(() =>
      expectEveryCellAccounted(table, importReportTable(table, { fiscalYear: fiscalYear(2023) })),
    );
  });
});

describe('the table importer on arbitrary input', () => {
  it('returns or throws its own ImportError, for any grid of table-like cells, and accounts for every cell it accepts', () => {
    fc.assert(
      fc.property(grid, (rows) => {
        const table = readTsv('random.tsv', rows.map((r) => r.join('\t')).join('\n'));
        onlyImportErrors(() => expectEveryCellAccounted(table, importReportTable(table)));
      }),
      { numRuns: 400 },
    );
  });

  it('places or lists unplaced every non-empty cell of the Yuzawa table with random rows after it, counted', () => {
    const yuzawa = new TextDecoder().decode(fixtureBytes('yuzawa')).split('\n');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 13 }), { maxLength: 10 }), (extra) => {
        const lines = [...yuzawa, ...extra.map((r) => r.join('\t'))];
        const table = readTsv('y.tsv', lines.join('\n'));
        // A repeated KPI code is a problem, not a refusal: the table is always read.
        const report = importReportTable(table);
        expect(report.kpis.length).toBeGreaterThanOrEqual(20);
        expectEveryCellAccounted(table, report);
        for (const u of report.unplaced) {
          expect(lines[u.row - 1]?.split('\t')[u.column - 1]?.trim()).toBe(u.text.trim());
        }
      }),
      { numRuns: 100 },
    );
  });

  it('accounts for every cell of the Yuzawa table itself: 20 KPIs’ cells placed, none unplaced', () => {
    const table = readTsv('y.tsv', new TextDecoder().decode(fixtureBytes('yuzawa')));
    const report = importReportTable(table);
    expectEveryCellAccounted(table, report);
    expect(report.unplaced).toEqual([]);
    const fields = report.reading.rows.find((r) => r.row === 15)?.fields.filter((f) => f !== null);
    expect(fields).toEqual(['row label', 'cumulative', 'cumulative', 'cumulative']);
    expect(report.reading.rows.slice(0, 4).map((r) => [r.row, r.kind])).toEqual([
      [3, 'header'],
      [4, 'header'],
      [5, 'kpi'],
      [6, 'kpi'],
    ]);
  });

  it('never throws anything but ImportError on arbitrary bytes, CSV or XLSX', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom('x.csv', 'x.tsv', 'x.xlsx', 'x'),
        async (bytes, name) => {
          try {
            const table = await readTableFile(name, bytes);
            importReportTable(table);
          } catch (error) {
            expect(error).toBeInstanceOf(ImportError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
