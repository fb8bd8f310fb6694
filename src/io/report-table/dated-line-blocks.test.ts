import { describe, expect, it } from 'vitest';
import { importReportTable } from './import-report-table.ts';
import { readDatedLineBlocks } from './dated-line-blocks.ts';

const rows = (...lines: string[][]) => lines.map((cells, i) => ({ row: i + 1, cells }));

describe('the same items counted at two dates or more, a block of 「項目 値」 lines under each dated heading', () => {
  // A made-up 男女共同参画 report: this year's counts, then last year's for reference.
  const councils = rows(
    ['審議会等への女性の登用状況'],
    ['令和5年4月1日までに女性委員の割合を40%とすることを目標としています。'],
    ['1 令和4年4月1日現在'],
    ['・審議会等の数', '30機関'],
    ['・委員の数', '400人'],
    ['・うち女性委員数', '140人'],
    ['【参考】前年(令和3年4月1日)'],
    ['・審議会等の数', '29機関'],
    ['・委員の数', '390人'],
    ['・うち女性委員数', '117人'],
  );

  it('reads each item as a KPI and each block as the actual of the fiscal year its date falls in', () => {
    const report = importReportTable({ file: 'made-up.tsv', rows: councils });
    expect(report.kpis.map((k) => k.kpi.title)).toEqual([
      '・審議会等の数',
      '・委員の数',
      '・うち女性委員数',
    ]);
    expect(report.kpis[2]?.kpi.actuals.map((a) => [a.fiscalYear, String(a.figure.value)])).toEqual([
      [2022, '140'],
      [2021, '117'],
    ]);
    expect(report.fiscalYear).toBe(2022);
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('is not read so when the blocks list other items, a line says more than an item and its value, or one date is given', () => {
    const other = councils.map((r) =>
      r.row === 10 ? { ...r, cells: ['・うち男性委員数', '273人'] } : r,
    );
    expect(readDatedLineBlocks(other)).toBeNull();
    const wide = councils.map((r) =>
      r.row === 5 ? { ...r, cells: ['・委員の数', '400人', '390人'] } : r,
    );
    expect(readDatedLineBlocks(wide)).toBeNull();
    expect(readDatedLineBlocks(councils.slice(0, 6))).toBeNull();
  });
});
