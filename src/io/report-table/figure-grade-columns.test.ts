import { describe, expect, it } from 'vitest';
import { withFigureGradeColumnsRead } from './figure-grade-columns.ts';
import { classifyHeader } from './column-role.ts';
import type { Column } from './header-map.ts';
import type { GridRow } from '../grid.ts';

const column = (index: number, label: string): Column => ({
  index,
  label,
  block: '',
  ...classifyHeader(label),
  unit: null,
});

const rows = (cells: string[][]): GridRow[] => cells.map((c, i) => ({ row: i + 2, cells: c }));

describe('a grade column of figures (健康増進計画 中間評価)', () => {
  it('reads 「中間評価 (H19)」 over 5.1人, 64.1%, 20.9% as the actuals of H19', () => {
    const columns = [column(0, '評価指標'), column(1, '中間評価 (H19)'), column(2, '達成状況')];
    const sample = rows([
      ['1-1 三大死因による死亡者数の減少', '5.1人', 'C'],
      ['1-2 年1回健康診査を受けている人の増加', '64.1%', 'A-1'],
      ['1-3 特定健診(国保加入者)受診者の増加', '20.9%', 'A-2'],
    ]);
    const read = withFigureGradeColumnsRead(columns, sample);
    expect(read[1]?.role).toEqual({ kind: 'actual', fiscalYear: 2007 });
    expect(read[1]?.because).toContain('its cells are figures');
    expect(read[2]?.role).toEqual({ kind: 'grade' });
  });

  it('keeps a grade column of a scale’s small numbers, and keeps a yearless one as printed', () => {
    const columns = [column(0, '指標'), column(1, '評価'), column(2, '総合評価')];
    const sample = rows([
      ['a', '3', '12.5'],
      ['b', '5', '40.1'],
      ['c', '1', '7.0'],
    ]);
    const read = withFigureGradeColumnsRead(columns, sample);
    expect(read[1]?.role).toEqual({ kind: 'grade' });
    expect(read[2]?.role).toEqual({ kind: 'other' });
  });

  it('reads a yearless one as the actuals where the table has targets and no other actuals', () => {
    const columns = [
      column(0, '評価指標'),
      column(1, '策定時'),
      column(2, '中間評価'),
      column(3, '目標値'),
      column(4, '判定'),
    ];
    const sample = rows([
      ['肥満者の割合', '32.1%', '30.5%', '25%以下', 'B'],
      ['朝食を欠食する人の割合', '25.0%', '28.0%', '15%以下', 'D'],
    ]);
    const read = withFigureGradeColumnsRead(columns, sample);
    expect(read.map((c) => c.role.kind)).toEqual(['kpi', 'baseline', 'actual', 'target', 'grade']);
    expect(read[2]?.role).toEqual({ kind: 'actual', fiscalYear: null });
    // Beside a column of actuals, or with no target, it stays as printed.
    const withActual = [...columns.slice(0, 4), column(4, 'R5実績'), column(5, '判定')];
    const more = rows([['肥満者の割合', '32.1%', '30.5%', '25%以下', '29.0%', 'B']]);
    expect(withFigureGradeColumnsRead(withActual, [...more, ...more])[2]?.role.kind).toBe('other');
    const noTarget = columns.filter((c) => c.role.kind !== 'target');
    const fewer = sample.map((r) => ({ ...r, cells: r.cells.filter((_, i) => i !== 3) }));
    expect(withFigureGradeColumnsRead(noTarget, fewer)[2]?.role.kind).toBe('other');
  });
});
