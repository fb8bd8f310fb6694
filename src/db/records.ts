import type { Figure } from '../domain/figure.ts';
import type { RecordState } from '../domain/entry-state.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';

/** Where a yearly figure sits in a KPI's rows: the actual, a printed cumulative row, a milestone. */
export const FIGURE_SERIES = ['actual', 'cumulative', 'milestone'] as const;
export type FigureSeries = (typeof FIGURE_SERIES)[number];

/** A figure's or narrative's review state in the yearly collection round (照会): the domain's list. */
export { RECORD_STATES as FIGURE_STATES } from '../domain/entry-state.ts';
export type FigureState = RecordState;

export interface Municipality {
  readonly id: number;
  readonly code: string;
  readonly name: string;
}

export interface PlanSummary {
  readonly id: number;
  readonly municipalityId: number;
  readonly name: string;
  readonly startYear: FiscalYear | null;
  readonly endYear: FiscalYear | null;
}

/** Fields every editable record carries for review and optimistic concurrency. */
export interface Versioned {
  readonly id: number;
  readonly state: FigureState;
  /** 1 on creation, one more on every change; a save names the version it read. */
  readonly version: number;
  /** ISO 8601, UTC. */
  readonly updatedAt: string;
}

export interface StoredFigure extends Versioned {
  readonly kpiId: number;
  readonly series: FigureSeries;
  readonly fiscalYear: FiscalYear;
  readonly department: string | null;
  readonly figure: Figure;
}

export interface StoredNarrative extends Versioned {
  readonly kpiId: number;
  readonly fiscalYear: FiscalYear;
  readonly department: string | null;
  readonly text: string;
}

export interface KpiHistory {
  readonly figures: readonly StoredFigure[];
  readonly narratives: readonly StoredNarrative[];
}
