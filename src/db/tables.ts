import type { Generated } from 'kysely';
import type { Role } from '../domain/access.ts';
import type { EntryState } from '../domain/entry-state.ts';
import type { EvaluationLevel, FutureDirection } from '../domain/evaluation.ts';
import type { KpiChangeKind } from '../domain/kpi-life.ts';
import type {
  Basis,
  Counting,
  CumulativeLabel,
  Direction,
  Formula,
  TargetKind,
} from '../domain/model.ts';
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
  /** The department it was merged into, and from which fiscal year (0019); null: current. */
  merged_into: number | null;
  merged_from: number | null;
}

/** A KPI's departments before a merge took effect (0019). */
export interface KpiDepartmentMovesTable {
  id: Generated<number>;
  kpi_id: number;
  from_year: number;
  /** JSON array of the department names before the merge. */
  departments_before: string;
  reason: string;
  actor: string;
  at: string;
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
  /** The label the cumulative row is printed under: 累計, or 合計 (⑱) (0010). */
  cumulative_label: Generated<CumulativeLabel>;
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
  /** The range the KPI declares for its figures; null: open (both null: its unit's) (0018). */
  valid_min: number | null;
  valid_max: number | null;
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
  /** The figure's text when last approved, while it is a draft again (0007); else null. */
  approved_text: Generated<string | null>;
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
  /** The text when last approved, while it is a draft again (0007); else null. */
  approved_text: Generated<string | null>;
}

/** A person who signs in (0005). Roles: see src/domain/access.ts. */
export interface AccountsTable {
  id: Generated<number>;
  municipality_id: number;
  /** Lower-cased. */
  email: string;
  display_name: string;
  role: Role;
  /** scrypt$N$r$p$salt$hash (src/services/password.ts). */
  password_hash: string;
  disabled: number;
  created_at: string;
  version: Generated<number>;
  /** 1 while the password is one someone else set, to be changed by its owner (0013). */
  password_temporary: Generated<number>;
}

export interface AccountDepartmentsTable {
  account_id: number;
  department: string;
}

/** A signed-in browser: only the SHA-256 of its token is kept. */
export interface SessionsTable {
  id: Generated<number>;
  token_hash: string;
  account_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  address: string | null;
}

export interface SignInFailuresTable {
  id: Generated<number>;
  email: string;
  address: string;
  at: string;
}

export interface PublishedYearsTable {
  plan_id: number;
  fiscal_year: number;
  published_by: string;
  published_at: string;
}

/** What the public was told (the Atom feed): append-only, like the audit log. */
export interface PublicationEventsTable {
  id: Generated<number>;
  plan_id: number;
  fiscal_year: number;
  kind: 'publish' | 'withdraw' | 'correction';
  kpi_code: string | null;
  department: string | null;
  /** What was corrected: `actual`, `cumulative` or `narrative`. */
  field: string | null;
  old_text: string | null;
  new_text: string | null;
  reason: string | null;
  at: string;
}

/** Column roles an admin confirmed for a file shape, applied again to the next file of that shape. */
export interface ImportMappingsTable {
  id: Generated<number>;
  plan_id: number;
  /** tableShape(): sha256 of the header labels without their years. */
  shape: string;
  /** JSON: `[{ "column": 5, "role": "actual" }]`. */
  column_roles: string;
  /** The report year minus the latest year the header names; null when it names none. */
  fiscal_year_offset: number | null;
  saved_by: string;
  saved_at: string;
}

/**
 * A dated change of a KPI (0012): added, revised or retired from a fiscal year. Append-only;
 * `definition` is a revision's whole definition as JSON (see db/kpi-change-repository.ts).
 */
export interface KpiChangesTable {
  id: Generated<number>;
  plan_id: number;
  kpi_id: number;
  from_year: number;
  kind: KpiChangeKind;
  definition: string | null;
  replaced_by: string | null;
  reason: string;
  actor: string;
  at: string;
}

/** A department's name from a fiscal year on (機構改革); earlier years keep `old_name`. */
export interface DepartmentRenamesTable {
  id: Generated<number>;
  department_id: number;
  from_year: number;
  old_name: string;
  new_name: string;
  reason: string;
  actor: string;
  at: string;
}

/** A basic policy (theme_number null) or theme program renamed from a fiscal year. */
export interface TreeRenamesTable {
  id: Generated<number>;
  plan_id: number;
  policy_number: string;
  theme_number: string | null;
  from_year: number;
  old_name: string;
  new_name: string;
  reason: string;
  actor: string;
  at: string;
}

/** A KPI moved to another theme program from a fiscal year: where it stood before. */
export interface KpiThemeMovesTable {
  id: Generated<number>;
  kpi_id: number;
  from_year: number;
  policy_before: string;
  theme_before: string;
  /** The KPI it followed there; null: it came first. */
  after_before: string | null;
  reason: string;
  actor: string;
  at: string;
}

/** A KPI of a next plan (次期計画) continuing one of the plan before it. */
export interface KpiContinuationsTable {
  kpi_id: number;
  from_kpi_id: number;
}

/** Append-only: written in the transaction of the change it records, never updated. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  municipality_id: number | null;
  account_id: number | null;
  /** The account's e-mail, or `cli:<os user>`, or `anonymous`. */
  actor: string;
  address: string | null;
  action: string;
  plan_id: number | null;
  entity: string;
  kpi_code: string | null;
  fiscal_year: number | null;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
}

/** A yearly collection round (照会) of a plan (0006): one per plan and fiscal year. */
export interface RoundsTable {
  id: Generated<number>;
  plan_id: number;
  fiscal_year: number;
  /** YYYY-MM-DD, the municipality's calendar day. */
  due_date: string;
  state: 'open' | 'closed';
  opened_by: string;
  opened_at: string;
  closed_by: string | null;
  closed_at: string | null;
  version: Generated<number>;
}

/** One KPI × responsible department of a round, with its state (src/domain/entry-state.ts). */
export interface RoundEntriesTable {
  id: Generated<number>;
  round_id: number;
  kpi_id: number;
  department_id: number;
  state: EntryState;
  reopened: Generated<number>;
  updated_by: string;
  updated_at: string;
  version: Generated<number>;
}

/** The conversation of an entry: why it was returned or reopened. */
export interface EntryCommentsTable {
  id: Generated<number>;
  entry_id: number;
  at: string;
  author: string;
  kind: 'return' | 'reopen';
  text: string;
  /** What a returned entry read when it was returned (migration 0011); null on a reopen. */
  figure_text: string | null;
  cumulative_text: string | null;
  narrative_text: string | null;
}

/** An e-mail to send, written in the transaction of the event that causes it. */
export interface OutboxTable {
  id: Generated<number>;
  municipality_id: number;
  round_id: number | null;
  /** The entry a notice tells of (returned, reopened, approved); null for the round's e-mails. */
  entry_id: number | null;
  kind: string;
  recipient: string;
  subject: string;
  body: string;
  created_at: string;
  send_after: string;
  claimed_until: string | null;
  attempts: Generated<number>;
  last_error: string | null;
  sent_at: string | null;
}

/** One level of a KPI's evaluation of a year (migration 0014). */
export interface EvaluationsTable {
  id: Generated<number>;
  kpi_id: number;
  fiscal_year: number;
  level: EvaluationLevel;
  grade: string;
  text: string;
  /** 今後の方向性, the final judgement's only. */
  direction: FutureDirection | null;
  /** Who wrote it, as the audit log names them (an e-mail address, cli:…). */
  author: string;
  version: number;
  updated_at: string;
}

/** A plan's evaluation scheme as an admin edited it (JSON); no row: the default. */
export interface EvaluationSchemesTable {
  plan_id: number;
  scheme: string;
  version: number;
  updated_by: string;
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
  accounts: AccountsTable;
  account_departments: AccountDepartmentsTable;
  sessions: SessionsTable;
  sign_in_failures: SignInFailuresTable;
  published_years: PublishedYearsTable;
  publication_events: PublicationEventsTable;
  import_mappings: ImportMappingsTable;
  kpi_changes: KpiChangesTable;
  department_renames: DepartmentRenamesTable;
  kpi_continuations: KpiContinuationsTable;
  tree_renames: TreeRenamesTable;
  kpi_theme_moves: KpiThemeMovesTable;
  kpi_department_moves: KpiDepartmentMovesTable;
  audit_log: AuditLogTable;
  rounds: RoundsTable;
  round_entries: RoundEntriesTable;
  entry_comments: EntryCommentsTable;
  outbox: OutboxTable;
  evaluations: EvaluationsTable;
  evaluation_schemes: EvaluationSchemesTable;
}
