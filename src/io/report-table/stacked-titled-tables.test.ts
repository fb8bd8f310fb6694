import { describe, expect, it } from 'vitest';
import { readTsv } from '../read-delimited.ts';
import { checkReport } from '../report-check.ts';
import { importReportTable } from './import-report-table.ts';
import { readStackedTitledTables } from './stacked-titled-tables.ts';

const grid = (lines: string[]) => readTsv('t.tsv', lines.join('\n')).rows;

/** 大阪府 高齢者計画の検証, cut down: a table of years as rows, then one of two years side by side. */
const review = [
  '要介護認定者数 (単位:人)',
  '年度\t計画値\t実績値\t計画比',
  '平成18年度\t33万3811\t32万1334\t96.3%',
  '平成19年度\t34万8775\t33万1944\t95.2%',
  '居宅サービスのサービス量',
  '区分\t単位\t平成18年度\t\t\t平成19年度\t\t',
  '\t\t計画値\t実績値\t計画比\t計画値\t実績値\t計画比',
  '居宅介護支援\t一月あたりの人数\t10万2708\t14万8861\t144.9%\t10万2254\t12万7811\t125.0%',
  '訪問介護\t一年あたりの回数\t1590万886\t1977万7574\t124.4%\t1561万5012\t1904万3507\t122.0%',
];

describe('tables one under another, each under a title line and a header of its own', () => {
  it('are read as one table: a table of years as rows one KPI named by its title, the years side by side its columns', () => {
    const report = importReportTable(readTsv('t.tsv', review.join('\n')));
    expect(report.kpis.map((k) => [k.kpi.title, k.kpi.unit])).toEqual([
      ['要介護認定者数 (単位:人)', '人'],
      ['居宅介護支援', '一月あたりの人数'],
      ['訪問介護', '一年あたりの回数'],
    ]);
    const [certified] = report.kpis;
    expect(certified?.kpi.milestones.map((m) => [m.fiscalYear, m.figure.value])).toEqual([
      [2006, '333811'],
    ]);
    expect(certified?.kpi.target).toMatchObject({ value: '348775', fiscalYear: 2007 });
    expect(certified?.kpi.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([
      [2006, '321334'],
      [2007, '331944'],
    ]);
    const result = checkReport(report);
    expect(result.summary).toEqual({ kpis: 3, printed: 3, matched: 3 });
    expect(result.yearRates).toEqual({ printed: 3, matched: 3 });
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('keeps each cell’s place in the file: a later header’s words are copies of the first', () => {
    const turned = readStackedTitledTables(grid(review));
    expect(turned?.rows.map((r) => r.cells.filter((c) => c !== ''))).toEqual([
      ['居宅サービスのサービス量'],
      ['区分', '単位', '平成18年度', '平成19年度'],
      ['計画値', '実績値', '計画比', '計画値', '実績値', '計画比'],
      [
        '要介護認定者数 (単位:人)',
        '33万3811',
        '32万1334',
        '96.3%',
        '34万8775',
        '33万1944',
        '95.2%',
      ],
      [
        '居宅介護支援',
        '一月あたりの人数',
        '10万2708',
        '14万8861',
        '144.9%',
        '10万2254',
        '12万7811',
        '125.0%',
      ],
      [
        '訪問介護',
        '一年あたりの回数',
        '1590万886',
        '1977万7574',
        '124.4%',
        '1561万5012',
        '1904万3507',
        '122.0%',
      ],
    ]);
    // H19's plan of the first table, printed on its second row, under its 計画値.
    expect(turned?.origin(4, 6)).toEqual({ row: 4, column: 2 });
    expect(turned?.tableStarts).toEqual(new Set([5]));
  });

  it('are no such tables: one table under its title, the same header printed again, or rows of figures only', () => {
    expect(readStackedTitledTables(grid(review.slice(0, 4)))).toBeNull();
    const again = [...review.slice(0, 4), '要介護認定者数 (単位:人)', ...review.slice(1, 4)];
    expect(readStackedTitledTables(grid(again))).toBeNull();
    expect(
      readStackedTitledTables(grid(['指標\t目標値\t実績値', '耐震化率\t80%\t72%'])),
    ).toBeNull();
    // A title line with no header under it ends the tables read: the first stands alone.
    expect(readStackedTitledTables(grid([...review.slice(0, 4), '※注', '備考\tあり']))).toBeNull();
  });
});

describe('stacked tables whose headers name their columns in words no rule knows', () => {
  /** The same shape, its role words rewritten: 予定 / 結果 / 比. */
  const unknownWords = review.map((line) =>
    line
      .replace(/計画値/g, '予定')
      .replace(/実績値/g, '結果')
      .replace(/計画比/g, '比'),
  );

  it('reads each header by the printed rates: the column they divide by the plan, the one divided the result', () => {
    const turned = readStackedTitledTables(grid(unknownWords));
    expect(turned).not.toBeNull();
    const report = importReportTable(readTsv('t.tsv', unknownWords.join('\n')));
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '要介護認定者数 (単位:人)',
      '居宅介護支援',
      '訪問介護',
    ]);
    const roles = report.reading.columns.map((c) => c.role);
    expect(roles.filter((r) => r === 'rate')).toHaveLength(2);
    expect(report.reading.columns.find((c) => c.role === 'target')?.because).toMatch(
      /read by the printed rates/,
    );
    const checked = checkReport(report);
    expect(checked.summary).toMatchObject({ printed: 3, matched: 3 });
    expect(checked.yearRates).toMatchObject({ printed: 3, matched: 3 });
    expect(report.unplaced).toEqual([]);
  });

  it('is no header where no two columns reproduce the rates', () => {
    const unexplained = unknownWords.map((line) =>
      line.replace('96.3%', '12.0%').replace('95.2%', '13.0%'),
    );
    const turned = readStackedTitledTables(
      grid(unexplained.slice(0, 4).concat(unexplained.slice(0, 4))),
    );
    expect(turned).toBeNull();
  });
});
