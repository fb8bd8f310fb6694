import { decimalBoundsProblem } from '../../domain/decimal.ts';
import type { DescribedFigure } from '../../domain/described-figure.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import type { ColumnGroup } from './column-groups.ts';
import type { KpiDraft } from './kpi-draft.ts';
import type { KpiLabel } from './label-cells.ts';
import type { CellField } from './table-reading.ts';

/** What a cell became: placed in a field, or left unplaced and why. */
export type Placement =
  | { readonly kind: 'placed'; readonly field: CellField }
  | { readonly kind: 'unplaced'; readonly reason: string };

const PLACED = new Map<CellField, Placement>();

/** A placement in a field (one shared object per field: cells are many). */
export function placed(field: CellField): Placement {
  let placement = PLACED.get(field);
  if (!placement) {
    placement = { kind: 'placed', field };
    PLACED.set(field, placement);
  }
  return placement;
}
export const unplaced = (reason: string): Placement => ({ kind: 'unplaced', reason });

/** A figure cell that does not read as one: why (too many digits, or not a figure at all). */
export const notAFigure = (text: string): Placement =>
  unplaced(decimalBoundsProblem(text) ?? 'not a figure');

/** The KPI row a cell is placed in: one draft per column group, and where the row is. */
export interface KpiRowCells {
  readonly drafts: readonly KpiDraft[];
  readonly groups: readonly ColumnGroup[];
  /** The group of each value column, by column index. */
  readonly groupOf: ReadonlyMap<number, number>;
  /** The report year, for columns whose header names none. */
  readonly year: FiscalYear;
  readonly row: number;
  /** The KPI cell's reading, done once for its code (index: its aligned column). */
  readonly kpiLabel: { readonly index: number; readonly label: KpiLabel };
  /** The years another cell of the row prints for a figure column's cell, by its index (鳥取県 時点). */
  readonly years: ReadonlyMap<number, FiscalYear>;
}

/**
 * A value cell that says more than its figure (福知山市 "延床面積 45,298平方メートル", 江田島市
 * "延べ 4", 神川町 "144 名(平成 26 年 4 月 1 日現在)"), as the KPI's note keeps it: under its
 * header where it has one, as printed. Null for a plain figure.
 */
export function cellNote(described: DescribedFigure, label: string, text: string): string | null {
  const words =
    described.description !== null || described.footnote !== null || described.beside !== null;
  const dated = described.fiscalYear !== null;
  if (!words && !described.periodTotal && !dated) return null;
  return label.trim() === '' ? text.trim() : `${label}: ${text.trim()}`;
}
