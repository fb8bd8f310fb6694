import { describe, expect, it } from 'vitest';
import { findHeader } from './header-map.ts';
import type { GridRow } from '../grid.ts';
import { withMarkColumnsNamingNone } from './mark-name-column.ts';
import { importReportTable } from './import-report-table.ts';
import { readTsv } from '../read-delimited.ts';

const header = ['成果指標', '単位', '26年度', '27年度', '目標 28年度', '指標の傾向'];
const rowsOf = (...cells: string[][]): GridRow[] => cells.map((c, i) => ({ row: i + 2, cells: c }));

const rolesOf = (sample: GridRow[]) => {
  const found = findHeader([{ row: 1, cells: header }]);
  if (found === undefined) throw new Error('no header');
  return withMarkColumnsNamingNone(found.header.columns, sample).map((c) => c.role.kind);
};

describe('a column the words take for the KPI names whose cells are marks', () => {
  it('is a grade, and the other column names the KPIs (飯田市: 「指標の傾向」 ○)', () => {
    const sample = rowsOf(['① 新規就業者数(新卒のみ)', '人', '675', '未確定', '700', '○']);
    expect(rolesOf(sample)).toEqual(['kpi', 'unit', 'actual', 'actual', 'target', 'grade']);
  });

  it('names the KPIs as before when its cells are words', () => {
    const sample = rowsOf(['① 新規就業者数', '人', '675', '680', '700', '増加傾向']);
    expect(rolesOf(sample)[5]).toBe('kpi');
  });

  it('the whole table: the KPI titled by its name, the mark kept as its grade', () => {
    const lines = [header, ['① 新規就業者数(新卒のみ)', '人', '675', '未確定', '700', '○']];
    const report = importReportTable(
      readTsv('iida.tsv', lines.map((l) => l.join('\t')).join('\n')),
    );
    expect(report.kpis.map((k) => k.kpi.title)).toEqual(['新規就業者数(新卒のみ)']);
  });
});
