import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-problem.ts';
import { readTsv } from '../read-delimited.ts';
import { readTableFile } from '../read-table-file.ts';
import { importReportTable } from './import-report-table.ts';
import { fixtureBytes } from '../test-files.ts';

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

describe('the table importer on arbitrary input', () => {
  it('returns or throws its own ImportError, for any grid of table-like cells', () => {
    fc.assert(
      fc.property(grid, (rows) => {
        onlyImportErrors(() =>
          importReportTable(readTsv('random.tsv', rows.map((r) => r.join('\t')).join('\n'))),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('accounts for every non-empty data cell of a table it accepts (placed or unplaced)', () => {
    const yuzawa = new TextDecoder().decode(fixtureBytes('yuzawa')).split('\n');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 13 }), { maxLength: 10 }), (extra) => {
        const lines = [...yuzawa, ...extra.map((r) => r.join('\t'))];
        let report: ReturnType<typeof importReportTable>;
        try {
          report = importReportTable(readTsv('y.tsv', lines.join('\n')));
        } catch (error) {
          // A repeated KPI code is refused as a whole: the importer's own error, nothing else.
          expect(error).toBeInstanceOf(ImportError);
          return;
        }
        expect(report.kpis.length).toBeGreaterThanOrEqual(20);
        for (const u of report.unplaced) {
          expect(lines[u.row - 1]?.split('\t')[u.column - 1]?.trim()).toBe(u.text.trim());
        }
      }),
      { numRuns: 100 },
    );
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
