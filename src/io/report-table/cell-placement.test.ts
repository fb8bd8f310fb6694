import { describe, expect, it } from 'vitest';
import { fiscalYear } from '../../domain/fiscal-year.ts';
import { placeKpiCell } from './cell-placement.ts';
import { columnGroups, groupIndex } from './column-groups.ts';
import { classifyHeader } from './column-role.ts';
import type { Column } from './header-map.ts';
import { emptyDraft } from './kpi-draft.ts';
import { parseKpiLabel } from './label-cells.ts';
import type { KpiRowCells } from './placement.ts';

const columns: Column[] = ['指標', '単年度 累計', 'R5実績', '目標値 (R8)', '達成率', ''].map(
  (label, index) => ({ index, label, block: '', unit: null, ...classifyHeader(label) }),
);
const groups = columnGroups({ rows: [], columns, context: {} });

function row(): KpiRowCells {
  return {
    drafts: [emptyDraft('', 5, 1)],
    groups,
    groupOf: groupIndex(groups),
    year: fiscalYear(2023),
    row: 5,
    kpiLabel: { index: 0, label: parseKpiLabel('① 参加者数') },
    years: new Map(),
  };
}
function place(cells: KpiRowCells, index: number, text: string) {
  const column = columns[index];
  if (!column) throw new Error(`no column ${index}`);
  return placeKpiCell(cells, column, text, index + 1);
}

describe('cell placement', () => {
  it('places a cell by its column’s role, into the draft', () => {
    const cells = row();
    expect(place(cells, 0, '① 参加者数')).toEqual({ kind: 'placed', field: 'kpi' });
    expect(place(cells, 2, '160人')).toEqual({ kind: 'placed', field: 'actual' });
    expect(place(cells, 3, '200人')).toEqual({ kind: 'placed', field: 'target' });
    expect(place(cells, 4, '80%')).toEqual({ kind: 'placed', field: 'rate' });
    const draft = cells.drafts[0];
    expect(draft?.actuals.map((a) => [a.fiscalYear, a.figure.value])).toEqual([[2023, '160']]);
    expect(draft?.target).toEqual({
      kind: 'level',
      target: { kind: 'value', value: '200', fiscalYear: 2026 },
    });
    expect(draft?.valueUnits).toEqual([
      { unit: '人', row: 5, column: 3 },
      { unit: '人', row: 5, column: 4 },
    ]);
  });
  it('says why a cell has no place: not a figure, not a rate, a column with no header', () => {
    const cells = row();
    expect(place(cells, 1, '毎年')).toEqual({
      kind: 'unplaced',
      reason: 'neither 単年度 nor 累計',
    });
    expect(place(cells, 2, '好調')).toEqual({ kind: 'unplaced', reason: 'not a figure' });
    expect(place(cells, 4, '高い')).toEqual({ kind: 'unplaced', reason: 'not a rate' });
    expect(place(cells, 5, 'メモ')).toEqual({
      kind: 'unplaced',
      reason: 'column 6 has no header',
    });
  });
});

describe('two narrative columns of one row (御所市 内容 beside 目標 アップ)', () => {
  it('keeps both texts, the later joined on a line of its own, not written over the earlier', () => {
    const narrative: Column = {
      index: 0,
      label: '内容',
      block: '',
      unit: null,
      role: { kind: 'narrative', fiscalYear: null },
      because: '',
    };
    const cells = row();
    expect(placeKpiCell(cells, narrative, 'ごみ処理量÷人口÷365日', 2)).toEqual({
      kind: 'placed',
      field: 'narrative',
    });
    expect(placeKpiCell(cells, { ...narrative, index: 1, label: '目標' }, 'ダウン', 3)).toEqual({
      kind: 'placed',
      field: 'narrative',
    });
    expect(cells.drafts[0]?.narrative).toEqual({
      fiscalYear: 2023,
      text: 'ごみ処理量÷人口÷365日\nダウン',
    });
  });
  it('keeps the grade of another year than the report’s beside the KPI, the report year’s its grade (宇陀市 評価 H27 … H29)', () => {
    const grade = (label: string): Column => ({
      index: 5,
      label,
      block: '',
      unit: null,
      ...classifyHeader(label),
    });
    const cells = row();
    expect(placeKpiCell(cells, grade('評価 R4'), 'B', 6)).toEqual({
      kind: 'placed',
      field: 'grade',
    });
    expect(placeKpiCell(cells, grade('評価 R5'), 'A', 7)).toEqual({
      kind: 'placed',
      field: 'grade',
    });
    expect(placeKpiCell(cells, grade('評価 R6'), 'X', 8)).toEqual({
      kind: 'placed',
      field: 'grade',
    });
    expect(cells.drafts[0]?.printedGrade).toBe('A');
    expect(cells.drafts[0]?.extras).toEqual([
      { label: '評価 R4', text: 'B' },
      { label: '評価 R6', text: 'X' },
    ]);
  });
});
