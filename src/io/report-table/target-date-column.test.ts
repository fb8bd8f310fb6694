import { describe, expect, it } from 'vitest';
import { findHeader } from './header-map.ts';
import type { GridRow } from '../grid.ts';
import { columnContents, holdsText } from './column-contents.ts';
import { importReportTable } from './import-report-table.ts';
import { readTsv } from '../read-delimited.ts';

const rolesOf = (...header: string[]) => {
  const rows: GridRow[] = [{ row: 1, cells: header }];
  return findHeader(rows)?.header.columns.map((c) => c.role.kind);
};

describe('a target printed as a value beside the date it is due (地方創生 KPI form, 玉東町)', () => {
  it('is the value column; the date column is kept as printed, the 指標 column names the KPIs', () => {
    expect(
      rolesOf('No', '交付対象事業の名称', '指標', '指標値', '単位', '目標年月', '実績値'),
    ).toEqual(['other', 'other', 'kpi', 'target', 'unit', 'other', 'actual']);
  });

  it('gives each target the fiscal year its date ends (「H28.3」: H27, 「R3.9」: R3)', () => {
    const report = importReportTable(
      readTsv(
        'kpi-h27.tsv',
        [
          '指標\t指標値\t単位\t目標年月\t実績値',
          'おためし暮らし利用件数\t2\t件\tH28.3\t3',
          '移住希望者の雇用\t5\t人\tR3.9\t4',
        ].join('\n'),
      ),
    );
    expect(report.kpis.map((k) => k.kpi.target?.fiscalYear)).toEqual([2015, 2021]);
    expect(report.kpis[0]?.kpi.extras).toContainEqual({ label: '目標年月', text: 'H28.3' });
  });

  it('reads the month alone, 目標月, as the date the target is due (坂井市)', () => {
    expect(rolesOf('指標', '指標値', '単位', '目標月', '実績値')).toEqual([
      'kpi',
      'target',
      'unit',
      'other',
      'actual',
    ]);
  });

  it('leaves a table with no date column as it is: 目標値 is the target, 指標 the KPIs', () => {
    expect(rolesOf('指標', '目標値', '実績値')).toEqual(['kpi', 'target', 'actual']);
  });
});

describe('a column of actuals most of whose cells the source could not give (「?」)', () => {
  it('is no column of text: the 「?」 cells say neither figure nor word', () => {
    const rows: GridRow[] = ['?', '?', '?', '11', '1'].map((cell, i) => ({
      row: i + 2,
      cells: [cell],
    }));
    expect(holdsText(columnContents(rows, 0))).toBe(false);
    expect(columnContents(rows, 0)).toEqual({ filled: 2, figures: 2 });
  });
});

describe('a value beside the KPI names with no date column, in a table of actuals (地方創生 KPI form, 石巻市)', () => {
  it('is the target the actuals are held against', () => {
    expect(rolesOf('交付対象事業の名称', '指標', '指標値', '単位', '実績値')).toEqual([
      'other',
      'kpi',
      'target',
      'unit',
      'actual',
    ]);
  });

  it('is its own word under a spanning header naming the indicators', () => {
    const rows: GridRow[] = [
      { row: 1, cells: ['交付対象事業の名称', '事業の成果指標', '', '', '事業後の実績値'] },
      { row: 2, cells: ['', '指標', '指標値', '単位', ''] },
    ];
    expect(findHeader(rows)?.header.columns.map((c) => c.role.kind)).toEqual([
      'other',
      'kpi',
      'target',
      'unit',
      'actual',
    ]);
  });

  it('is left alone where a column is the target already, or no column holds actuals', () => {
    expect(rolesOf('指標', '指標値', '目標値', '実績値')).toEqual([
      'kpi',
      'kpi',
      'target',
      'actual',
    ]);
    expect(rolesOf('指標', '指標値', '単位')).toEqual(['kpi', 'kpi', 'unit']);
  });
});
