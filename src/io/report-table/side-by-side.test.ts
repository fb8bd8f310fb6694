import fc from 'fast-check';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { describe, expect, it } from 'vitest';
import { contentRows } from '../grid.ts';
import { readTsv } from '../read-delimited.ts';
import { readReportFile } from '../read-report-file.ts';
import { checkReport } from '../report-check.ts';
import { fixtureBytes } from '../../../test/support/test-files.ts';
import { importReportTable } from './import-report-table.ts';
import { splitSideBySide } from './side-by-side.ts';
import { placedCells } from './table-reading.ts';
import { ImportError } from '../import-problem.ts';

const tsv = (lines: string[]) => readTsv('pairs.tsv', lines.join('\n'));
const rows = (lines: string[]) => contentRows(tsv(lines).rows);

/**
 * Two indicator blocks side by side, each with its name, unit and figures (the layout of 美馬市's
 * 成果指標 table, made-up/README.md), with an actual and a rate in each block.
 */
const PAIRS = [
  '成果指標の達成状況（令和5年度）',
  '指標①\t単位\t目標値\tR5実績\t達成率\t指標②\t単位\t目標値\tR5実績\t達成率',
  '観光入込客数\t千人\t120\t117\t97.5%\t移住相談件数\t件\t30\t33\t110.0%',
  '新規就農者数\t人\t10\t8\t80.0%\t空き家バンク登録数\t件\t25\t20\t80.0%',
  '特定健診受診率\t%\t60.0\t55.2\t92.0%',
];

describe('two KPIs side by side in one row (blocks ① ②)', () => {
  it('reads each row as two KPIs, every cell placed and every printed rate reproduced', () => {
    const report = importReportTable(tsv(PAIRS));
    const result = checkReport(report);
    expect(result.kpis.map((k) => [k.title, k.printed, k.computed, k.match])).toEqual([
      ['観光入込客数', '97.5%', '97.5%', true],
      ['移住相談件数', '110.0%', '110.0%', true],
      ['新規就農者数', '80.0%', '80.0%', true],
      ['空き家バンク登録数', '80.0%', '80.0%', true],
      ['特定健診受診率', '92.0%', '92.0%', true],
    ]);
    // The KPIs keep their rows in the file; the second block's figures their own columns.
    expect(report.kpis.map((k) => k.row)).toEqual([3, 3, 4, 4, 5]);
    expect(report.kpis.map((k) => k.kpi.unit)).toEqual(['千人', '件', '人', '件', '%']);
    expect(result.unplaced).toEqual([]);
    expect(result.problems).toEqual([]);
    // Every cell from the header down, the second block's header words too.
    const body = PAIRS.slice(1).flatMap((line, r) =>
      line.split('\t').flatMap((cell, c) => (cell === '' ? [] : [`${r + 2}:${c + 1}`])),
    );
    const placed = new Set(placedCells(report.reading).map((p) => `${p.row}:${p.column}`));
    expect(body.filter((cell) => !placed.has(cell))).toEqual([]);
  });

  it('reads a second block’s header that repeats the first’s behind its mark (「①指標」 「②指標」) once, its cells the copies', () => {
    for (const [first, second] of [
      ['①指標', '②指標'],
      ['（１）指標', '（２）指標'],
    ]) {
      const lines = [
        `${first}\t目標値\t実績値\t達成率\t${second}\t目標値\t実績値\t達成率`,
        '図書貸出冊数\t1,000\t900\t90.0%\t講座参加者数\t200\t150\t75.0%',
        '来館者数\t5,000\t4,000\t80.0%\t利用団体数\t20\t21\t105.0%',
      ];
      const report = importReportTable(tsv(lines), { fiscalYear: fiscalYear(2023) });
      const result = checkReport(report);
      expect(result.kpis.map((k) => [k.title, k.match])).toEqual([
        ['図書貸出冊数', true],
        ['講座参加者数', true],
        ['来館者数', true],
        ['利用団体数', true],
      ]);
      expect(result.unplaced).toEqual([]);
      const placed = new Set(placedCells(report.reading).map((p) => `${p.row}:${p.column}`));
      expect([5, 6, 7, 8].filter((c) => !placed.has(`1:${c}`))).toEqual([]);
    }
  });

  it('says a rate of the second block that its figures do not give at the file’s place', () => {
    const edited = PAIRS.map((line) => line.replace('\t110.0%', '\t111.0%'));
    const report = importReportTable(tsv(edited));
    expect(checkReport(report).summary).toEqual({ kpis: 5, printed: 5, matched: 4 });
    const wrong = checkReport(report).kpis.find((k) => !k.match);
    expect(wrong).toMatchObject({ title: '移住相談件数', printed: '111.0%', computed: '110.0%' });
    expect(report.kpis.find((k) => k.kpi.title === '移住相談件数')?.row).toBe(3);
  });

  it('keeps a line naming the blocks as titles, and a policy column for both KPIs of its row', () => {
    const turned = splitSideBySide(
      rows([
        '施策\t①子育て\t\t\t\t②生涯スポーツ',
        '施策\t指標\t目標\t実績\t達成率\t指標\t目標\t実績\t達成率',
        '1 子育て・スポーツ\t相談件数\t1,000\t968\t96.8%\t加入者数\t1,300\t1,240\t95.4%',
      ]),
    );
    // The line over the header names columns of the blocks only (施策 too): not a names line.
    expect(turned).toBeNull();
    const named = splitSideBySide(
      rows([
        '\t①子育て\t\t\t\t②生涯スポーツ',
        '施策\t指標\t目標\t実績\t達成率\t指標\t目標\t実績\t達成率',
        '1 子育て・スポーツ\t相談件数\t1,000\t968\t96.8%\t加入者数\t1,300\t1,240\t95.4%',
      ]),
    );
    expect(named?.rows.map((r) => r.cells)).toEqual([
      ['①子育て'],
      ['②生涯スポーツ'],
      // The second block's header repeats the first's: read once, its cells the copies.
      ['施策', '指標', '目標', '実績', '達成率'],
      ['1 子育て・スポーツ', '相談件数', '1,000', '968', '96.8%'],
      ['', '加入者数', '1,300', '1,240', '95.4%'],
    ]);
    expect(named?.origin(2, 1)).toEqual({ row: 1, column: 6 });
    expect(named?.copies?.(3, 2)).toEqual([{ row: 2, column: 6 }]);
    expect(named?.copies?.(3, 1)).toEqual([]);
    expect(named?.origin(5, 3)).toEqual({ row: 3, column: 7 });
    expect(named?.headerRow).toBe(2);
  });

  it('leaves alone a table of one KPI per row, blocks whose header words name other roles, and a second block empty in every row', () => {
    // A narrative after the rate: the columns do not repeat.
    expect(
      splitSideBySide(
        rows([
          '指標\t目標値\tR5実績\t達成率\t備考\t評価\t単位\t基準値',
          '① 参加者数\t200\t150\t75%\t順調\tB\t人\t120',
        ]),
      ),
    ).toBeNull();
    // Figures of the same kinds, but the header says the second block's are a baseline and a target.
    expect(
      splitSideBySide(
        rows([
          '指標\t目標値\tR5実績\t達成率\t指標\t基準値\t目標値\t進捗率',
          '① 参加者数\t200\t150\t75%\t② 受講者数\t40\t50\t80%',
        ]),
      ),
    ).toBeNull();
    // A header twice as wide as its one row (the importer's property test): no second KPI anywhere.
    expect(splitSideBySide(rows(['実績値\t\t\t0\tR3\tR3', 'R3\t0\t0%']))).toBeNull();
    // Years as columns: the second "block" names no KPI.
    expect(
      splitSideBySide(rows(['指標\tH28\tH29\tH30\tH31\tH32', '① 件数\t1\t2\t3\t4\t5'])),
    ).toBeNull();
  });

  it('keeps a second block of dashes only, as the row’s cells (the property’s seed 745450400)', () => {
    const lines = [
      PAIRS[1] as string,
      '観光入込客数\t人\t\t0\t\t観光入込客数\t人\t0\t\t',
      '観光入込客数\t人\t\t\t0.0%\t\t\t\t―\t',
    ];
    const report = importReportTable(tsv(lines));
    const placed = placedCells(report.reading).map((p) => `${p.row}:${p.column}`);
    const listed = report.unplaced.map((u) => `${u.row}:${u.column}`);
    expect([...placed, ...listed]).toContain('3:9');
  });

  it('reads the fixture of 美馬市’s layout: the block names kept as titles, 4 of 4 rates', async () => {
    const name = 'made-up/two-kpis-side-by-side-r5.tsv';
    const report = await readReportFile(name, fixtureBytes(name));
    const result = checkReport(report);
    expect(result.summary).toEqual({ kpis: 4, printed: 4, matched: 4 });
    expect(result.kpis.map((k) => k.title)).toEqual([
      '総合型スポーツクラブの加入者数',
      '母子・父子相談件数',
      '市体育協会会員数',
      '市スポーツ少年団加入者数',
    ]);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.reading.rows.filter((r) => r.kind === 'title').map((r) => r.row)).toEqual([1, 2]);
    expect(report.reading.headerRows).toEqual([3]);
  });
});

/** A block's cells: a name, a unit, figures and a rate, any of them left empty now and then. */
const name = fc.constantFrom('観光入込客数', '① 参加者数', '相談件数', '');
const figure = fc.oneof(fc.integer({ min: 0, max: 99_999 }).map(String), fc.constantFrom('', '―'));
const rate = fc.oneof(
  fc.integer({ min: 0, max: 2000 }).map((n) => `${(n / 10).toFixed(1)}%`),
  fc.constant(''),
);
const block = fc.tuple(name, fc.constantFrom('人', '件', ''), figure, figure, rate);
const pairsTable = fc.array(fc.tuple(block, fc.option(block, { nil: undefined })), {
  minLength: 1,
  maxLength: 8,
});

describe('two KPIs side by side, on random rows of two blocks (the run’s fast-check seed)', () => {
  it('accounts for every cell of the file exactly once, placed or listed unplaced', () => {
    fc.assert(
      fc.property(pairsTable, (body) => {
        const lines = [
          '指標①\t単位\t目標値\tR5実績\t達成率\t指標②\t単位\t目標値\tR5実績\t達成率',
          ...body.map(([left, right]) => [...left, ...(right ?? [])].join('\t')),
        ];
        const table = tsv(lines);
        let report;
        try {
          report = importReportTable(table);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          return;
        }
        const cells = contentRows(table.rows).flatMap((r) =>
          r.cells.flatMap((text, c) => (text.trim() === '' ? [] : [`${r.row}:${c + 1}`])),
        );
        const accounted = [
          ...placedCells(report.reading).map((p) => `${p.row}:${p.column}`),
          ...report.unplaced.map((u) => `${u.row}:${u.column}`),
        ];
        expect(accounted.sort()).toEqual(cells.sort());
      }),
    );
  });
});
