import type { UnapprovedRecord } from './approved-view.ts';
import type { FiscalYear } from './fiscal-year.ts';
import type { PlanReport, ReportRow } from './plan-report.ts';
import type { RatePrecision } from './rate-format.ts';
import type { RecordState } from './entry-state.ts';

/**
 * The shapes the HTTP API returns and the web app reads, beside the domain values they carry.
 * Every rate, grade and projection in them was computed by the domain (plan-report.ts).
 */

export interface MunicipalityView {
  readonly id: number;
  /** The 6-digit local government code (全国地方公共団体コード). */
  readonly code: string;
  readonly name: string;
}

export interface PlanSummaryView {
  readonly id: number;
  readonly name: string;
  readonly municipality: MunicipalityView;
  readonly startYear: FiscalYear | null;
  readonly endYear: FiscalYear | null;
  /** Fiscal years with figures, oldest first; the last is the default report year. */
  readonly fiscalYears: readonly FiscalYear[];
  readonly kpiCount: number;
}

/**
 * GET /api/plans/:planId/report?fy=2023; `drafts` lists the entries counted though not yet
 * approved (members asking drafts=1), else it is empty.
 */
export type PlanReportView = PlanReport & {
  readonly plan: PlanSummaryView;
  readonly drafts: readonly UnapprovedRecord[];
};

/** One stored figure with its review state and version, for the KPI page's history. */
export interface FigureHistoryView {
  readonly fiscalYear: FiscalYear;
  readonly department: string | null;
  readonly series: 'actual' | 'cumulative' | 'milestone';
  readonly text: string;
  readonly value: string | null;
  readonly state: RecordState;
  readonly version: number;
  readonly updatedAt: string;
}

export interface NarrativeHistoryView {
  readonly fiscalYear: FiscalYear;
  readonly department: string | null;
  readonly text: string;
  readonly state: RecordState;
  readonly version: number;
  readonly updatedAt: string;
}

/** A point of a KPI's trend chart: the value its rate is measured on, per fiscal year. */
export interface TrendPoint {
  readonly fiscalYear: FiscalYear;
  readonly value: number;
  readonly kind: 'baseline' | 'actual' | 'projection' | 'target';
}

/** GET /api/plans/:planId/kpis/:code?fy=2023 */
export interface KpiDetailView {
  readonly plan: PlanSummaryView;
  readonly fiscalYear: FiscalYear;
  readonly years: readonly FiscalYear[];
  /** The plan's grades, best first (A, B, C, D by default). */
  readonly gradeLabels: readonly string[];
  readonly row: ReportRow;
  /** The KPI record's version, to name when editing its fields (PATCH …/kpis/:code). */
  readonly version: number;
  readonly trend: readonly TrendPoint[];
  readonly figures: readonly FigureHistoryView[];
  readonly narratives: readonly NarrativeHistoryView[];
  /** Who changed this KPI, when, from what: its audit entries, newest first (members only). */
  readonly changes: readonly AuditEntryView[];
}

/** A KPI as the plan tree shows it: what it measures and who owns it, not its figures. */
export interface PlanTreeKpiView {
  readonly code: string;
  readonly title: string;
  /** ★ and other marks. */
  readonly tags: readonly string[];
  readonly departments: readonly string[];
  readonly unit: string;
  /** The record's version, to name when editing it (PATCH …/kpis/:code). */
  readonly version: number;
}

/** A theme program (テーマプログラム) with the action items (取組事項No.) it covers. */
export interface PlanTreeThemeView {
  readonly number: string;
  readonly name: string;
  readonly actionItems: readonly string[];
  readonly version: number;
  readonly kpis: readonly PlanTreeKpiView[];
}

/** A basic policy (基本方針), the top level of the tree. */
export interface PlanTreePolicyView {
  readonly number: string;
  readonly name: string;
  readonly version: number;
  readonly themes: readonly PlanTreeThemeView[];
}

/**
 * A grading scale as PATCH /api/plans/:planId takes it: labels best first and the lowest
 * percent each grade but the last needs ({ labels: ['A','B','C','D'], cuts: [100, 80, 60] }).
 */
export interface GradeScaleView {
  readonly labels: readonly string[];
  readonly cuts: readonly number[];
}

/** GET /api/plans/:planId/tree */
export interface PlanTreeView {
  readonly plan: PlanSummaryView;
  /** The plan record's version, to name when editing its settings (PATCH /api/plans/:planId). */
  readonly version: number;
  readonly ratePrecision: RatePrecision;
  readonly gradeScale: GradeScaleView;
  readonly policies: readonly PlanTreePolicyView[];
}

/**
 * Every error response: { error: { code, message, details } }. `validation` names the field
 * (details.field or a list of { field, message }); `bad_request` is a request that could not be
 * read at all (a malformed URL or body); `conflict` is a stale version or a key taken
 * (details.field); `unavailable` (503) comes with Retry-After.
 */
export interface ApiErrorBody {
  readonly error: {
    readonly code:
      | 'validation'
      | 'bad_request'
      | 'not_found'
      | 'conflict'
      | 'unauthenticated'
      | 'forbidden'
      | 'rate_limited'
      | 'import'
      | 'timeout'
      | 'too_large'
      | 'unsupported_media_type'
      | 'unavailable'
      | 'internal';
    readonly message: string;
    readonly details?: unknown;
  };
}

/** An account as the API shows it: never its password hash. */
export interface AccountView {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly role: 'admin' | 'editor' | 'viewer';
  readonly departments: readonly string[];
  readonly disabled: boolean;
  readonly municipality: MunicipalityView;
  readonly version: number;
}

/** POST /api/session, GET /api/session */
export interface SessionView {
  readonly user: AccountView;
  readonly csrfToken: string;
}

/** One entry of the audit log (GET /api/audit, a KPI's history). */
export interface AuditEntryView {
  readonly id: number;
  readonly at: string;
  /** The account's e-mail, `cli:<os user>`, `system` or `anonymous`. */
  readonly actor: string;
  /** The account's display name, when an account acted. */
  readonly actorName: string | null;
  readonly address: string | null;
  readonly action: string;
  readonly planId: number | null;
  readonly entity: string;
  readonly kpiCode: string | null;
  readonly fiscalYear: FiscalYear | null;
  readonly field: string | null;
  readonly oldValue: string | null;
  readonly newValue: string | null;
}

/** GET /api/audit: newest first; `next` pages on (before=next). */
export interface AuditPageView {
  readonly entries: readonly AuditEntryView[];
  readonly next: number | null;
}

/** A published fiscal year of a plan, with who published it and when. */
export interface PublicationView {
  readonly fiscalYear: FiscalYear;
  readonly publishedBy: string;
  readonly publishedAt: string;
}
