import { KPI_CHANGE_KINDS } from '../domain/kpi-life.ts';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { ROLES } from '../domain/access.ts';
import { ENTRY_STATES } from '../domain/entry-state.ts';
import { EVALUATION_LEVELS, FUTURE_DIRECTIONS } from '../domain/evaluation.ts';
import {
  BASES,
  COUNTINGS,
  DIRECTIONS,
  FORMULAS,
  TARGET_KINDS,
  CUMULATIVE_LABELS,
} from '../domain/model.ts';
import { FIGURE_SERIES, FIGURE_STATES } from './records.ts';
import type { Database } from './tables.ts';

/*
 * The backup format: every table's rows as plain JSON, checked column by column on restore,
 * so a truncated or hand-edited file is refused before anything is written.
 */

export const SNAPSHOT_FORMAT = 'mieruka-snapshot';
export const SNAPSHOT_VERSION = 1;

/** Sessions and failed sign-ins are transient: a restore signs everyone out. */
export type SnapshotTable = Exclude<keyof Database, 'sessions' | 'sign_in_failures'>;
export type SnapshotTables = { [T in SnapshotTable]: Selectable<Database[T]>[] };

const id = z.number().int().positive();
const integer = z.number().int();
const year = z.number().int().nullable();
const text = z.string();
const flag = z.union([z.literal(0), z.literal(1)]);
const state = z.enum(FIGURE_STATES);

const tables = z.object({
  municipalities: z.array(z.object({ id, code: z.string().regex(/^\d{6}$/), name: text })),
  departments: z.array(
    z.object({
      id,
      municipality_id: id,
      name: text,
      // Snapshots from before 0019 hold no merge.
      merged_into: z.number().int().nullable().default(null),
      merged_from: integer.nullable().default(null),
    }),
  ),
  plans: z.array(
    z.object({
      version: integer,
      id,
      municipality_id: id,
      name: text,
      start_year: year,
      end_year: year,
      rate_precision: text,
      grade_scale: text,
      revision: integer,
    }),
  ),
  basic_policies: z.array(
    z.object({ version: integer, id, plan_id: id, number: text, name: text, sort_order: integer }),
  ),
  theme_programs: z.array(
    z.object({
      version: integer,
      id,
      policy_id: id,
      number: text,
      name: text,
      action_items: text,
      sort_order: integer,
    }),
  ),
  kpis: z.array(
    z.object({
      version: integer,
      id,
      plan_id: id,
      theme_id: id,
      code: text,
      title: text,
      note: text.nullable(),
      tags: text,
      extras: text,
      cumulative_label: z.enum(CUMULATIVE_LABELS),
      unit: text,
      baseline_value: text.nullable(),
      baseline_year: year,
      counting: z.enum(COUNTINGS),
      direction: z.enum(DIRECTIONS),
      basis: z.enum(BASES),
      formula: z.enum(FORMULAS),
      target_kind: z.enum(TARGET_KINDS).nullable(),
      target_value: text.nullable(),
      target_year: year,
      sort_order: integer,
      retired: flag,
      // Snapshots from before 0018 hold no declared range.
      valid_min: z.number().nullable().default(null),
      valid_max: z.number().nullable().default(null),
    }),
  ),
  kpi_departments: z.array(
    z.object({ kpi_id: id, department_id: id, sort_order: integer, responsible: flag }),
  ),
  year_figures: z.array(
    z.object({
      id,
      kpi_id: id,
      series: z.enum(FIGURE_SERIES),
      department_id: id.nullable(),
      fiscal_year: integer,
      value: text.nullable(),
      secondary: text.nullable(),
      mark: text.nullable(),
      estimate: flag,
      state,
      version: integer,
      updated_at: text,
      // Snapshots written before 0007 have no published copy: none was kept then.
      approved_text: text.nullable().default(null),
    }),
  ),
  narratives: z.array(
    z.object({
      id,
      kpi_id: id,
      fiscal_year: integer,
      department_id: id.nullable(),
      text,
      state,
      version: integer,
      updated_at: text,
      approved_text: text.nullable().default(null),
    }),
  ),
  accounts: z.array(
    z.object({
      id,
      municipality_id: id,
      email: text,
      display_name: text,
      role: z.enum(ROLES),
      password_hash: text,
      disabled: flag,
      created_at: text,
      version: integer,
      password_temporary: flag,
    }),
  ),
  account_departments: z.array(z.object({ account_id: id, department: text })),
  published_years: z.array(
    z.object({ plan_id: id, fiscal_year: integer, published_by: text, published_at: text }),
  ),
  audit_log: z.array(
    z.object({
      id,
      at: text,
      municipality_id: id.nullable(),
      account_id: id.nullable(),
      actor: text,
      address: text.nullable(),
      action: text,
      plan_id: id.nullable(),
      entity: text,
      kpi_code: text.nullable(),
      fiscal_year: integer.nullable(),
      field: text.nullable(),
      old_value: text.nullable(),
      new_value: text.nullable(),
    }),
  ),
  rounds: z.array(
    z.object({
      id,
      plan_id: id,
      fiscal_year: integer,
      due_date: text,
      state: z.enum(['open', 'closed']),
      opened_by: text,
      opened_at: text,
      closed_by: text.nullable(),
      closed_at: text.nullable(),
      version: integer,
    }),
  ),
  round_entries: z.array(
    z.object({
      id,
      round_id: id,
      kpi_id: id,
      department_id: id,
      state: z.enum(ENTRY_STATES),
      reopened: flag,
      updated_by: text,
      updated_at: text,
      version: integer,
    }),
  ),
  entry_comments: z.array(
    z.object({
      id,
      entry_id: id,
      at: text,
      author: text,
      kind: z.enum(['return', 'reopen']),
      text,
      figure_text: text.nullable().default(null),
      cumulative_text: text.nullable().default(null),
      narrative_text: text.nullable().default(null),
    }),
  ),
  outbox: z.array(
    z.object({
      id,
      municipality_id: id,
      round_id: id.nullable(),
      entry_id: id.nullable().default(null),
      kind: text,
      recipient: text,
      subject: text,
      body: text,
      created_at: text,
      send_after: text,
      claimed_until: text.nullable(),
      attempts: integer,
      last_error: text.nullable(),
      sent_at: text.nullable(),
    }),
  ),
  publication_events: z.array(
    z.object({
      id,
      plan_id: id,
      fiscal_year: integer,
      kind: z.enum(['publish', 'withdraw', 'correction']),
      kpi_code: text.nullable(),
      department: text.nullable(),
      field: text.nullable(),
      old_text: text.nullable(),
      new_text: text.nullable(),
      reason: text.nullable(),
      at: text,
    }),
  ),
  import_mappings: z.array(
    z.object({
      id,
      plan_id: id,
      shape: text,
      column_roles: text,
      fiscal_year_offset: integer.nullable(),
      saved_by: text,
      saved_at: text,
    }),
  ),
  kpi_changes: z.array(
    z.object({
      id,
      plan_id: id,
      kpi_id: id,
      from_year: integer,
      kind: z.enum(KPI_CHANGE_KINDS),
      definition: text.nullable(),
      replaced_by: text.nullable(),
      reason: text,
      actor: text,
      at: text,
    }),
  ),
  department_renames: z.array(
    z.object({
      id,
      department_id: id,
      from_year: integer,
      old_name: text,
      new_name: text,
      reason: text,
      actor: text,
      at: text,
    }),
  ),
  kpi_continuations: z.array(z.object({ kpi_id: id, from_kpi_id: id })),
  kpi_department_moves: z.array(
    z.object({
      id,
      kpi_id: id,
      from_year: integer,
      departments_before: text,
      reason: text,
      actor: text,
      at: text,
    }),
  ),
  kpi_theme_moves: z.array(
    z.object({
      id,
      kpi_id: id,
      from_year: integer,
      policy_before: text,
      theme_before: text,
      after_before: text.nullable(),
      reason: text,
      actor: text,
      at: text,
    }),
  ),
  tree_renames: z.array(
    z.object({
      id,
      plan_id: id,
      policy_number: text,
      theme_number: text.nullable(),
      from_year: integer,
      old_name: text,
      new_name: text,
      reason: text,
      actor: text,
      at: text,
    }),
  ),
  evaluations: z.array(
    z.object({
      id,
      kpi_id: id,
      fiscal_year: integer,
      level: z.enum(EVALUATION_LEVELS),
      grade: text,
      text,
      direction: z.enum(FUTURE_DIRECTIONS).nullable(),
      author: text,
      version: integer,
      updated_at: text,
    }),
  ),
  evaluation_schemes: z.array(
    z.object({
      plan_id: id,
      scheme: text,
      version: integer,
      updated_by: text,
      updated_at: text,
    }),
  ),
}) satisfies z.ZodType<SnapshotTables>;

export const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  /** The last migration of the database it came from; a restore needs the same. */
  schema: z.string(),
  tables,
});

export interface Snapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly version: typeof SNAPSHOT_VERSION;
  readonly schema: string;
  readonly tables: SnapshotTables;
}
