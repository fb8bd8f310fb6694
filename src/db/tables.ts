import type { Generated } from 'kysely';
import type { Basis, Counting, Direction, Formula, TargetKind } from '../domain/model.ts';
import type { FigureSeries, FigureState } from './records.ts';

/*
 * Row types. Figures are TEXT holding the decimal exactly as entered ("8.39", "34.0");
 * fiscal years are western start years; flags are 0/1 integers on both databases;
 * lists and plan settings are JSON text. Rows never leave src/db: repositories return
 * domain values.
 */

export interface MunicipalitiesTable {
  id: Generated<number>;
  /** The 6-digit local government code (全国地方公共団体コード), Yuzawa 052078. */
  code: string;
  name: string;
}

export interface DepartmentsTable {
  id: Generated<number>;
  municipality_id: number;
  name: string;
}

export interface PlansTable {
  id: Generated<number>;
  municipality_id: number;
  name: string;
  start_year: number | null;
  end_year: number | null;
  /** RatePrecision as JSON. */
  rate_precision: string;
  /** GradeScale as JSON, ratios as decimal strings of bigints. */
  grade_scale: string;
  /** One more on every change to the plan or its figures (0002). */
  revision: Generated<number>;
  /** One more on every change to the record's own fields (0004). */
  version: Generated<number>;
}

export interface BasicPoliciesTable {
  id: Generated<number>;
  plan_id: number;
  number: string;
  name: string;
  sort_order: number;
  /** One more on every change to the record's own fields (0004). */
  version: Generated<number>;
}

export interface ThemeProgramsTable {
  id: Generated<number>;
  policy_id: number;
  number: string;
  name: string;
  /** JSON array of the action item numbers: "(1.2.3)" is ["1","2","3"]. */
  action_items: string;
  sort_order: number;
  /** One more on every change to the record's own fields (0004). */
  version: Generated<number>;
}

export interface KpisTable {
  id: Generated<number>;
  plan_id: number;
  theme_id: number;
  code: string;
  title: string;
  note: string | null;
  /** JSON array: ["★"]. */
  tags: string;
  /** JSON array of { label, text }: printed cells with no field of their own (0003). */
  extras: Generated<string>;
  unit: string;
  baseline_value: string | null;
  baseline_year: number | null;
  counting: Counting;
  direction: Direction;
  basis: Basis;
  formula: Formula;
  target_kind: TargetKind | null;
  target_value: string | null;
  target_year: number | null;
  sort_order: number;
  retired: number;
  /** One more on every change to the record's own fields (0004). */
  version: Generated<number>;
}

/**
 * The departments a KPI involves, in order: those responsible for it (担当課), then any
 * that only report a breakdown or a narrative.
 */
export interface KpiDepartmentsTable {
  kpi_id: number;
  department_id: number;
  sort_order: number;
  responsible: number;
}

export interface YearFiguresTable {
  id: Generated<number>;
  kpi_id: number;
  series: FigureSeries;
  /** Null at KPI level; a department's own row of a breakdown (⑰, ⑱) otherwise. */
  department_id: number | null;
  fiscal_year: number;
  value: string | null;
  secondary: string | null;
  mark: string | null;
  estimate: number;
  state: FigureState;
  version: number;
  updated_at: string;
}

export interface NarrativesTable {
  id: Generated<number>;
  kpi_id: number;
  fiscal_year: number;
  department_id: number | null;
  text: string;
  state: FigureState;
  version: number;
  updated_at: string;
}

export interface Database {
  municipalities: MunicipalitiesTable;
  departments: DepartmentsTable;
  plans: PlansTable;
  basic_policies: BasicPoliciesTable;
  theme_programs: ThemeProgramsTable;
  kpis: KpisTable;
  kpi_departments: KpiDepartmentsTable;
  year_figures: YearFiguresTable;
  narratives: NarrativesTable;
}
