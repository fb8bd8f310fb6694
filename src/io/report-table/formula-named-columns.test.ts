import { describe, expect, it } from 'vitest';
import { checkReport } from '../report-check.ts';
import { readTsv } from '../read-delimited.ts';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { findHeader } from './header-map.ts';
import { importReportTable } from './import-report-table.ts';
import { namedByRateFormula, rateFormulaLettersIn } from './formula-named-columns.ts';

describe('columns named by the letters of a rate formula beside them (若狭町 人件費率 B/A)', () => {
  it('takes the letters of the rates of a row, not of a per-head amount', () => {
    expect([...rateFormulaLettersIn(['区分', '支出額 A', '委託料 B', '委託料率 B/A'])]).toEqual([
      'b',
      'a',
    ]);
    expect(rateFormulaLettersIn(['区分', '職員数 A', '給与計 B', '一人当たり給与 B/A']).size).toBe(
      0,
    );
    expect(rateFormulaLettersIn(['区分', '支出額 A', '委託料 B']).size).toBe(0);
  });

  it('takes the letters of a rate written over a fraction bar (徴収率 「E ─ ×100 A」)', () => {
    expect([...rateFormulaLettersIn(['', '調定額 A', '収入額 E', '徴収率 E ─ ×100 A'])]).toEqual([
      'e',
      'a',
    ]);
    expect(namedByRateFormula('収入額 E', new Set(['e', 'a']))).toBe(true);
  });

  it('names the lettered cells, letter-spaced or bracketed, and not the rate itself', () => {
    const letters = new Set(['a', 'b']);
    expect(namedByRateFormula('歳 出 額 A', letters)).toBe(true);
    expect(namedByRateFormula('委託料 (B)', letters)).toBe(true);
    expect(namedByRateFormula('職員数 C', letters)).toBe(false);
    expect(namedByRateFormula('委託料率 B/A', letters)).toBe(false);
    expect(namedByRateFormula('支出額', letters)).toBe(false);
  });

  it('finds the header of a table whose only known word is the rate, its columns by letter', () => {
    const rows = [
      { row: 1, cells: ['区 分', '支 出 額 A', '委 託 料 B', '委 託 料 率 B / A'] },
      { row: 2, cells: ['4年度', '2,000', '500', '25.0'] },
    ];
    expect(findHeader(rows)?.header.columns.map((c) => c.role.kind)).toEqual([
      'other',
      'target',
      'actual',
      'rate',
    ]);
  });

  it('reproduces the printed rates of such a table', () => {
    const table = [
      '区 分\t支 出 額 A\t委 託 料 B\t委 託 料 率 B / A',
      '一般会計\t2,000\t500\t25.0',
      '特別会計\t2,400\t660\t27.5',
    ].join('\n');
    const { summary } = checkReport(
      importReportTable(readTsv('made-up.tsv', table), { fiscalYear: fiscalYear(2023) }),
    );
    expect(summary).toEqual({ kpis: 2, printed: 2, matched: 2 });
  });

  it('leaves a row of letters with no rate among them to the words', () => {
    const rows = [
      { row: 1, cells: ['区 分', '支 出 額 A', '委 託 料 B'] },
      { row: 2, cells: ['4年度', '2,000', '500'] },
    ];
    expect(findHeader(rows)).toBeUndefined();
  });
});
