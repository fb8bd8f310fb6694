import { describe, expect, it } from 'vitest';
import type { GridRow } from '../grid.ts';
import { isLabelOnlyLine, isSlotLabelLine } from './label-only-line.ts';
import { tableBlock } from './table-block.ts';
import { readTsv } from '../read-delimited.ts';
import { importReportTable } from './import-report-table.ts';

const row = (n: number, ...cells: string[]): GridRow => ({ row: n, cells });

describe('a table’s line left empty but for its word (みなかみ町 地域福祉 D–F)', () => {
  const above = row(1, 'D', '', '', '実績値', '', '');
  it('is one cell past the first column, under a cell of the row above', () => {
    expect(isLabelOnlyLine(row(2, '', '', '', '目標値', '', ''), above)).toBe(true);
    expect(isLabelOnlyLine(row(2, '※ 目標値は年度ごと', '', '', '', '', ''), above)).toBe(false);
    expect(isLabelOnlyLine(row(2, '', '', '', '', '', '(単位:人)'), above)).toBe(false);
    expect(isLabelOnlyLine(row(2, '', '', '', '目標値', '30', ''), above)).toBe(false);
    // The rest of a KPI name wrapped onto a line of its own is no line of figures.
    expect(isLabelOnlyLine(row(2, '', '', '', 'の定員', '', ''), above)).toBe(false);
  });
  it('keeps the table one block, to its last line', () => {
    const rows = [
      row(1, '成果指標名', '', '区分', 'H23', 'H24'),
      row(2, 'A', '町民の割合', '実績値', '26.9', '32.7'),
      row(3, '', '', '目標値', '', '27.5'),
      row(4, 'D', '', '実績値', '', ''),
      row(5, '', '', '目標値', '', ''),
      row(6, 'E', '', '実績値', '', ''),
      row(7, '', '', '目標値', '', ''),
    ];
    expect(tableBlock(rows)?.body.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7]);
  });
  it('lets a KPI’s lines be joined: 実績値 the actuals, 目標値 the year’s targets', () => {
    const report = importReportTable(
      readTsv(
        'minakami-h27.tsv',
        [
          '成果指標名\t\t単位\t区分\t平成23年度\t平成24年度\t平成25年度',
          'A\t地域で支え合う福祉活動を行っている町民の割合\t%\t実績値\t26.9\t32.7\t36.2',
          '\t\t\t目標値\t\t27.5\t28.0',
          'B\tボランティア活動参加者数\t人\t実績値\t891\t1,057\t1,044',
          '\t\t\t目標値\t\t900\t920',
          'C\t\t\t実績値\t\t\t',
          '\t\t\t目標値\t\t\t',
        ].join('\n'),
      ),
    );
    const [a] = report.kpis;
    expect(report.kpis.map((k) => [k.kpi.code, k.kpi.title])).toEqual([
      ['A', '地域で支え合う福祉活動を行っている町民の割合'],
      ['B', 'ボランティア活動参加者数'],
    ]);
    expect(a?.kpi.actuals.map((x) => [x.fiscalYear, x.figure.value])).toEqual([
      [2011, '26.9'],
      [2012, '32.7'],
      [2013, '36.2'],
    ]);
  });
});

describe('a form’s empty slot under a line of the table (事務事業評価表 「活動指標 (2)」)', () => {
  const above = row(2, '指標値', '活動指標 (1)', '人', '1,181', '1,116');
  it('is its label alone past the first column, under the row above’s label, no figure', () => {
    expect(isSlotLabelLine(row(2, '', '活動指標 (2)', '', '', ''), above)).toBe(true);
    expect(isSlotLabelLine(row(2, '', '活動指標 (2)', '', '', ''), undefined)).toBe(false);
    expect(isSlotLabelLine(row(2, '※ 参加率は参加児童数/対象児童数', '', '', '', ''), above)).toBe(
      false,
    );
    expect(isSlotLabelLine(row(2, '', '', '', '', '1,125'), above)).toBe(false);
    expect(isSlotLabelLine(row(2, '', '', '', '', '(単位:人)'), row(1, '', '', '', '', ''))).toBe(
      false,
    );
  });
  it('keeps the table one block past it', () => {
    const block = tableBlock([
      row(1, '区 分', '', '単位', '14年度', '15年度'),
      above,
      row(3, '', '活動指標 (2)', '', '', ''),
      row(4, '', '成果指標 (1)', '%', '99', '99'),
    ]);
    expect(block?.body.map((r) => r.row)).toEqual([2, 3, 4]);
    // The rest of a name wrapped onto a line of its own is no slot.
    expect(
      isSlotLabelLine(row(3, '', 'の定員', '', '', ''), row(2, '', '放課後児童クラブ', '300人')),
    ).toBe(false);
  });
});
