import { describe, expect, it } from 'vitest';
import type { GridRow } from '../grid.ts';
import { readTsv } from '../read-delimited.ts';
import { findHeader } from './header-map.ts';
import { importReportTable } from './import-report-table.ts';

const columnsOf = (...header: string[]) => {
  const rows: GridRow[] = [{ row: 1, cells: header }];
  return findHeader(rows)?.header.columns ?? [];
};

describe('a column headed by the year alone right of the target (兵庫県 目標値 | 年度)', () => {
  it('prints the years the targets are due', () => {
    const columns = columnsOf('目標', '目標値', '年度', '24年度 実績');
    expect(columns[2]?.role.kind).toBe('other');
    expect(columns[2]?.yearsOf).toBe(1);
  });

  it('gives each row’s target its year, the cell kept as printed', () => {
    const report = importReportTable(
      readTsv(
        'shika.tsv',
        ['目標\t目標値\t年度\t24年度 実績', '年間捕獲頭数\t13,300頭\tH24\t17,979頭'].join('\n'),
      ),
    );
    expect(report.kpis[0]?.kpi.target).toMatchObject({ value: '13300', fiscalYear: 2012 });
    expect(report.kpis[0]?.kpi.extras).toContainEqual({ label: '年度', text: 'H24' });
  });

  it('leaves a 年度 column away from the target, or right of a target naming its year, as it was', () => {
    expect(columnsOf('指標', '年度', '目標値', '実績値')[1]?.yearsOf).toBeUndefined();
    expect(columnsOf('指標', '目標値 (R8)', '年度', '実績値')[2]?.yearsOf).toBeUndefined();
  });
});

describe('a column of the year alone right of a target the printed rates found', () => {
  it('is the years that target is due, its second line read as a later target', () => {
    const table = [
      '指標\t見通し\t年度\t24年度 到達\t達成率(%) H24',
      '捕獲頭数\t13,300頭/年\tH24\t17,979頭\t135.2%',
      '\t20,000頭/年\tH25 H26\t\t',
      '参加者数\t200人\tH24\t150人\t75.0%',
    ];
    const report = importReportTable(readTsv('shika-h24.tsv', table.join('\n')));
    expect(report.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.reading.columns[2]?.because).toContain('the year it is due');
  });
});
