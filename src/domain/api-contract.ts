import type { ChangeGrading } from './change-grade.ts';
import type { GradeScaleSource } from './grade-scale-source.ts';
import type { ReductionProgress } from './reduction-progress.ts';
import type { PublishedEvaluation } from './evaluation.ts';
import type { Role } from './access.ts';
import type { EvaluationLevel, EvaluationScheme, FutureDirection } from './evaluation.ts';
import type { UnapprovedRecord } from './approved-view.ts';
import type { FiscalYear } from './fiscal-year.ts';
import type { PlanReport, ReportRow } from './plan-report.ts';
import type { RatePrecision } from './rate-format.ts';
import type { EntryState, RecordState, EntryActionKind } from './entry-state.ts';
import type { EntrySubmission } from './entry-review.ts';
import type { RoundCompleteness } from './round-completeness.ts';
import type { Kpi } from './model.ts';
import type { DeliveryState } from './outbox-delivery.ts';
import type { PublicationNotice } from './publication-notice.ts';
import type { ColumnRoleName, ColumnRoleOverride } from './column-role-name.ts';
import type { FiscalYearSource, RowKindName } from './row-kind-name.ts';
import type { ImportProblemKind } from './import-problem-kind.ts';

/**
 * The shapes the HTTP API returns and the web app reads, beside the domain values they carry.
 * Every rate, grade and projection in them was computed by the domain (plan-report.ts).
 */

/** GET /api/health: the server answers. */
export interface HealthView {
  readonly status: 'ok';
}

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
  /**
   * The plan's published levels of each KPI's evaluation of the year (issue 21), printed
   * beside the table; empty until the year is published.
   */
  readonly evaluations: readonly PublishedEvaluation[];
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
  /** A reduction KPI rated target ÷ actual: how much of its planned cut is done; else null. */
  readonly reductionProgress: ReductionProgress | null;
  /** The KPI record's version, to name when editing its fields (PATCH …/kpis/:code). */
  readonly version: number;
  /**
   * The range its figures must lie in, refused outside by the entry form and the submission
   * (issue 23): the one it declares, else its unit's (0–100 for %); null: open.
   */
  readonly validRange: {
    readonly min: number | null;
    readonly max: number | null;
    readonly declared: boolean;
  } | null;
  readonly trend: readonly TrendPoint[];
  readonly figures: readonly FigureHistoryView[];
  readonly narratives: readonly NarrativeHistoryView[];
  /** Who changed this KPI, when, from what: its audit entries, newest first (members only). */
  readonly changes: readonly AuditEntryView[];
  /** The KPI's life over the plan's years: when it started and ended, and its definitions. */
  readonly life: KpiLifeView;
  /** Across plans (次期計画): the KPI of the plan before it continues, and those continuing it. */
  readonly continuation: {
    readonly continues: KpiLinkView | null;
    readonly continuedBy: readonly KpiLinkView[];
  };
  /** The year's evaluation levels the reader may read, in order (issue 21). */
  readonly evaluations: readonly EvaluationView[];
  readonly evaluationScheme: EvaluationSchemeView;
  /** The levels the reader may write for this KPI (none for visitors). */
  readonly evaluationRights: readonly EvaluationLevel[];
}

/** What an edit of the plan tree added and changed, one readable line each. */
export interface PlanEditResultView {
  readonly planId: number;
  readonly added: readonly string[];
  readonly changed: readonly string[];
}

/** POST …/kpis/:code/revisions: the KPI's definition revised from a year, the fields changed. */
export interface KpiRevisionResultView {
  readonly code: string;
  readonly from: FiscalYear;
  readonly changed: readonly string[];
}

/** POST …/kpis/:code/retirement: the KPI leaves the plan from a year. */
export interface KpiRetirementResultView {
  readonly code: string;
  readonly from: FiscalYear;
}

/** POST …/kpis/:code/departments: the KPI's responsible departments from a year, and before. */
export interface KpiDepartmentsResultView {
  readonly code: string;
  readonly from: FiscalYear;
  readonly departments: readonly string[];
  readonly departmentsBefore: readonly string[];
}

/** A KPI of another plan, as a link to its page. */
export interface KpiLinkView {
  readonly planId: number;
  readonly planName: string;
  readonly code: string;
}

/** One level of a KPI's evaluation of a year, as a reader sees it. */
export interface EvaluationView {
  readonly level: EvaluationLevel;
  readonly grade: string;
  readonly text: string;
  readonly direction: FutureDirection | null;
  /** Who wrote it (a name; an admin reads the e-mail of one without); null for visitors. */
  readonly author: string | null;
  readonly updatedAt: string;
  /** To name when writing the level again (PUT …/evaluations/:fy). */
  readonly version: number;
}

/** A plan's levels, grades and published levels; version 0 while it is the default. */
export interface EvaluationSchemeView extends EvaluationScheme {
  readonly version: number;
}

/**
 * A KPI's life (issue 20): added from a year, retired from a year (replaced by another, or
 * replacing others), and each definition with the year it took effect and why. Public: a
 * published report's later changes are dated and explained to everyone.
 */
export interface KpiLifeView {
  readonly from: FiscalYear | null;
  readonly until: FiscalYear | null;
  readonly replacedBy: string | null;
  readonly replaces: readonly string[];
  readonly definitions: readonly KpiDefinitionView[];
  /** Its departments and its place in the tree, each change from the year it took effect. */
  readonly places: readonly KpiPlaceChangeView[];
}

/** A KPI handed to other departments, or moved in the tree, from a year. */
export interface KpiPlaceChangeView {
  readonly fromYear: FiscalYear;
  readonly field: 'departments' | 'theme';
  /** Before and after as printed: 「企画課」, 「3-8」 (basic policy - theme program). */
  readonly before: string;
  readonly after: string;
  readonly reason: string | null;
}

/** One definition of a KPI, in force from a year (null: from the plan's start). */
export interface KpiDefinitionView {
  readonly fromYear: FiscalYear | null;
  readonly title: string;
  readonly unit: string;
  readonly direction: ReportRow['direction'];
  readonly basis: ReportRow['basis'];
  readonly formula: ReportRow['formula'];
  readonly counting: ReportRow['counting'];
  readonly baseline: ReportRow['baseline'];
  readonly target: ReportRow['target'];
  /** Why it changed; null for the first definition. */
  readonly reason: string | null;
  /** When the change was made (ISO); null for the first definition. */
  readonly at: string | null;
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
  /** The year it was added from, and the year it is retired from (issue 20); null: none. */
  readonly from: FiscalYear | null;
  readonly until: FiscalYear | null;
}

/** A basic policy's or theme program's rename from a fiscal year (issue 20). */
export interface TreeRenameView {
  readonly from: FiscalYear;
  readonly oldName: string;
  readonly newName: string;
  readonly reason: string;
  /** When the rename was made (ISO). */
  readonly at: string;
}

/** What a tree node carries of its life: the published years that printed it, its renames. */
export interface TreeNodeLife {
  /** Published years in which one of its KPIs was in force: a rename then needs a year. */
  readonly printedIn: readonly FiscalYear[];
  readonly renames: readonly TreeRenameView[];
}

/** A theme program (テーマプログラム) with the action items (取組事項No.) it covers. */
export interface PlanTreeThemeView extends TreeNodeLife {
  readonly number: string;
  readonly name: string;
  readonly actionItems: readonly string[];
  readonly version: number;
  readonly kpis: readonly PlanTreeKpiView[];
}

/** A basic policy (基本方針), the top level of the tree. */
export interface PlanTreePolicyView extends TreeNodeLife {
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
  readonly role: Role;
  readonly departments: readonly string[];
  readonly disabled: boolean;
  readonly municipality: MunicipalityView;
  readonly version: number;
  /** The password is one someone else set (printed at the first start, an admin's): change it. */
  readonly passwordTemporary: boolean;
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

/** A stored record of an entry's slot with the version to name when saving it again. */
export interface StoredSlotView {
  readonly text: string;
  readonly state: RecordState;
  readonly version: number;
}

/**
 * GET /api/plans/:planId/rounds/:fy/entries/:code?department=企画課: everything the entry form
 * shows beside the field, and the KPI as a domain value (approved figures, and this entry's
 * own drafts) so the form computes the rate live with the report's own functions.
 */
export interface EntryFormView {
  readonly plan: PlanSummaryView;
  readonly round: {
    readonly fiscalYear: FiscalYear;
    readonly dueDate: string;
    readonly state: 'open' | 'closed';
  };
  readonly entry: {
    readonly code: string;
    readonly title: string;
    readonly department: string;
    readonly state: EntryState;
    readonly reopened: boolean;
    readonly overdue: boolean;
    /** What the reader may do to it now (its state, the round, the reader's rights). */
    readonly actions: readonly EntryActionKind[];
    readonly comments: readonly {
      readonly at: string;
      readonly author: string;
      readonly kind: 'return' | 'reopen';
      readonly text: string;
    }[];
  };
  /** The row this entry writes: null for the KPI's own row, else the department's. */
  readonly slotDepartment: string | null;
  /** Whether the reader may save into the entry now (its state and the round allow it). */
  readonly editable: boolean;
  /** The KPI as it counts, with this entry's own stored drafts in place. */
  readonly kpi: Kpi;
  readonly ratePrecision: RatePrecision;
  readonly gradeScale: GradeScaleView;
  readonly planEnd: FiscalYear | null;
  readonly figure: StoredSlotView | null;
  /** The printed cumulative figure (累計), where the KPI keeps such a row. */
  readonly cumulative: StoredSlotView | null;
  readonly narrative: StoredSlotView | null;
  /** The last narrative before this year, of the same row. */
  readonly previousNarrative: { readonly fiscalYear: FiscalYear; readonly text: string } | null;
  /** What the entry holds as its reviewer reads it: texts, rate and grade, changes since a return. */
  readonly submission: EntrySubmission;
  /**
   * The KPI's self-evaluation (一次評価) of the year, asked on the entry of the KPI's own row
   * where the plan uses that level; null otherwise.
   */
  readonly selfEvaluation: {
    readonly scheme: EvaluationSchemeView;
    readonly stored: EvaluationView | null;
  } | null;
}

/** GET /api/plans/:planId/rounds: the plan's rounds, newest first, with what the reader owes. */
export interface RoundSummaryView {
  readonly fiscalYear: FiscalYear;
  readonly dueDate: string;
  readonly state: 'open' | 'closed';
  /** Entries of the reader's departments (all, for admins and viewers) still to submit (owesEntry). */
  readonly owed: number;
  /** Of those entries, the ones an admin reopened and not yet approved again. */
  readonly reopened: number;
  readonly total: number;
}

/** A collection round (照会) of a fiscal year: who opened and closed it, when. */
export interface RoundView {
  readonly fiscalYear: FiscalYear;
  readonly dueDate: string;
  readonly state: 'open' | 'closed';
  readonly openedBy: string;
  readonly openedAt: string;
  readonly closedBy: string | null;
  readonly closedAt: string | null;
}

/** POST /api/plans/:planId/rounds: the round opened, its entries, departments nobody was asked. */
export interface RoundOpenedView {
  readonly round: RoundView;
  readonly entries: number;
  readonly departmentsWithoutEditor: readonly string[];
}

/** POST /api/plans/:planId/rounds/:fy/close: the round closed, and what it left. */
export interface RoundClosedView extends RoundView {
  readonly left: RoundCompleteness;
}

/** One entry of a round: what a move (submit, return, approve, reopen) answers. */
export interface RoundEntryView {
  readonly code: string;
  readonly title: string;
  readonly department: string;
  readonly state: EntryState;
  readonly reopened: boolean;
  readonly updatedBy: string;
  readonly updatedAt: string;
  readonly comments: EntryFormView['entry']['comments'];
}

/** GET /api/plans/:planId/rounds/:fy: the round's progress per department and its entries. */
export interface RoundBoardView {
  readonly round: RoundView;
  readonly today: string;
  /** The entries the reader sees by state, those not approved, departments without an editor. */
  readonly completeness: RoundCompleteness;
  readonly departments: readonly {
    readonly department: string;
    readonly counts: Readonly<Record<EntryState, number>>;
    readonly total: number;
    readonly overdue: number;
    /** Active editor accounts of the department: 0 means nobody is asked. */
    readonly editors: number;
  }[];
  readonly entries: readonly RoundBoardEntryView[];
}

/** An entry on the board: what its department entered beside its state (reviewEntry). */
export interface RoundBoardEntryView extends RoundEntryView {
  readonly overdue: boolean;
  /** Its department still has to submit it (owesEntry). */
  readonly owed: boolean;
  readonly submission: EntrySubmission;
  /** The KPI's self-evaluation (一次評価) of the year, on its own row's entry; else null. */
  readonly selfEvaluation: { readonly grade: string; readonly text: string } | null;
  /** What the reader may do to it now (its state, the round, the reader's rights). */
  readonly actions: readonly EntryActionKind[];
}

/** One e-mail of the outbox as an admin reads it (GET /api/outbox, `mieruka outbox`). */
export interface OutboxMessageView {
  readonly id: number;
  /** round.open, round.reminder, round.overdue */
  readonly kind: string;
  readonly planId: number | null;
  readonly fiscalYear: FiscalYear | null;
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  readonly state: DeliveryState;
  readonly attempts: number;
  /** Why the last attempt failed (credentials masked), until it is sent. */
  readonly lastError: string | null;
  readonly createdAt: string;
  /** Not sent before this instant: when it is due, or when a failed attempt is retried. */
  readonly sendAfter: string;
  readonly sentAt: string | null;
}

/** GET /api/outbox: newest first, and whether this deployment sends e-mail at all. */
export interface OutboxView {
  /** SMTP_URL is set: the server sends; else the messages wait here for an admin to copy. */
  readonly smtpConfigured: boolean;
  readonly from: string;
  readonly messages: readonly OutboxMessageView[];
}

/** One column of an uploaded table as read: its role and why (the import page's columns table). */
export interface ImportColumnView {
  /** 1-based, as in the file (A = 1). */
  readonly column: number;
  readonly label: string;
  readonly role: ColumnRoleName;
  readonly fiscalYear: FiscalYear | null;
  readonly because: string;
  readonly unit: string | null;
  /** The role was set by hand (on the page, or by the plan's saved mapping). */
  readonly setByHand: boolean;
}

/** One row as read: its kind and the KPI it gives or continues. */
export interface ImportRowView {
  readonly row: number;
  readonly kind: RowKindName;
  readonly kpi: string | null;
  /** A note row's text as printed (※…): kept as a note, no KPI. */
  readonly note: string | null;
}

/** A KPI of the table: its printed rate beside the one the engine computes. */
export interface ImportKpiView {
  readonly code: string;
  readonly title: string;
  readonly row: number;
  readonly printed: string | null;
  readonly computed: string | null;
  readonly match: boolean | null;
  /** Why nothing reproduced the printed rate, when nothing did. */
  readonly reason: string | null;
  /** Which formula and rounding reproduced the printed rate, when one did. */
  readonly rule: string | null;
  /** The grade the table prints for the KPI (A, ◎, 達成 …), or null. */
  readonly printedGrade: string | null;
  /** The grade the plan's scale gives the computed rate, or null with no rate. */
  readonly grade: string | null;
  /** The rates printed for single years (a 達成率 under each year), each beside its year's figures. */
  readonly yearRates: readonly ImportYearRateView[];
  /**
   * The changes against the year before its row prints (前年度比, 対前年度増減率), each beside what
   * its two figures give: never the KPI's rate. Empty where it prints none.
   */
  readonly yearOnYear: readonly ImportYearOnYearView[];
}

/** A change against the year before printed in a KPI's row: D 「増減比較(率)」 -0.1% beside its figures'. */
export interface ImportYearOnYearView {
  /** The column's letter (D). */
  readonly column: string;
  readonly label: string;
  readonly printed: string;
  readonly computed: string | null;
  readonly match: boolean;
}

/** A rate printed for one year of a KPI: H29 117.9% beside what H29's actual and plan give. */
export interface ImportYearRateView {
  readonly year: string;
  readonly printed: string;
  readonly computed: string | null;
  readonly match: boolean;
}

/** A cell the importer could not place, with its place and why. */
export interface ImportUnplacedView {
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly reason: string;
}

/** A doubt the importer raised (a unit that differs, a missing baseline …), with its place. */
export interface ImportProblemView {
  readonly kind: ImportProblemKind;
  readonly row: number;
  readonly column: number;
  readonly message: string;
}

/**
 * POST /api/imports/preview: how an uploaded table was read, for the admin to confirm or
 * correct before importing; `mapping.saved` when the plan's saved mapping for a file of this
 * shape was applied.
 */
export interface ImportPreviewView {
  readonly file: string;
  readonly planName: string;
  /** Null when the table names no year anywhere: a 'role' problem asks for it. */
  readonly fiscalYear: {
    readonly year: FiscalYear;
    readonly source: FiscalYearSource;
    readonly column: number | null;
    readonly because: string;
  } | null;
  readonly headerRows: readonly number[];
  /**
   * Of a workbook: the worksheet read and the others with content, which the upload's `sheet`
   * field chooses among; null for a file of one table (TSV, CSV, PDF).
   */
  readonly sheets: { readonly read: string; readonly others: readonly string[] } | null;
  /**
   * The table is a plan's own indicators, before any year is measured (no column of actuals,
   * none measuring one): an import adds the KPIs with their baselines and targets, no figures.
   */
  readonly planTable: boolean;
  /** The scale the KPIs' grades come from: a legend the table prints, its printed grades, else the default. */
  readonly gradeScale: GradeScaleView;
  /** Where that scale was read. */
  readonly gradeScaleSource: GradeScaleSource;
  /** With a legend of change: each grade's class, best first, and the band read as unchanged; else null. */
  readonly changeGrades: ChangeGrading | null;
  readonly columns: readonly ImportColumnView[];
  readonly rows: readonly ImportRowView[];
  readonly kpis: readonly ImportKpiView[];
  readonly unplaced: readonly ImportUnplacedView[];
  readonly problems: readonly ImportProblemView[];
  readonly mapping: {
    readonly saved: boolean;
    readonly savedAt: string | null;
    readonly savedBy: string | null;
  };
}

/** POST /api/imports: what an import did, one line per addition, change and overwrite. */
export interface ImportResultView {
  readonly planId: number;
  readonly planName: string;
  readonly fiscalYear: FiscalYear;
  readonly kpis: number;
  readonly added: readonly string[];
  readonly changed: readonly string[];
  /** Entries not yet approved that the import replaced (only with `overwrite`), one line each. */
  readonly overwritten: readonly string[];
  /** The problems the import was told to accept, one line each with row and column. */
  readonly acceptedProblems: readonly string[];
  /** Whether the column roles given were saved as the plan's mapping for the file's shape. */
  readonly mappingSaved: boolean;
  /**
   * The plan's saved mapping for the file's shape, when the file was read with it (no roles
   * were given): who confirmed it, when, and the roles it set.
   */
  readonly mappingApplied: {
    readonly savedAt: string;
    readonly savedBy: string;
    readonly columnRoles: readonly ColumnRoleOverride[];
  } | null;
}

/** GET /api/plans/:id/notices: the Atom feed's entries for people, newest first (issue 23). */
export interface PublicationNoticesView {
  readonly plan: { readonly id: number; readonly name: string; readonly municipality: string };
  readonly notices: readonly PublicationNotice[];
}

/** A department of the municipality's list (GET /api/departments), with its renames. */
export interface DepartmentView {
  readonly id: number;
  readonly name: string;
  readonly renames: readonly {
    readonly fromYear: FiscalYear;
    readonly oldName: string;
    readonly newName: string;
    readonly reason: string;
    readonly at: string;
  }[];
  /** The department it was merged into, and from which year (issue 20); null while current. */
  readonly mergedInto: { readonly name: string; readonly fromYear: FiscalYear } | null;
}
