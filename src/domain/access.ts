import type { EntryActionKind } from './entry-state.ts';
import type { EvaluationLevel } from './evaluation.ts';

/**
 * Who is asking, and what they may do. One module knows every rule (DESIGN "Who sees and
 * changes what"); routes and services ask it, none decides access by itself.
 */

/** committee: a member of the plan's outside committee (外部評価委員). */
export const ROLES = ['admin', 'editor', 'viewer', 'committee'] as const;
export type Role = (typeof ROLES)[number];

export interface AccountActor {
  readonly kind: 'account';
  readonly accountId: number;
  readonly email: string;
  readonly name: string;
  readonly municipalityId: number;
  readonly role: Role;
  /** The departments (担当課) an editor enters figures for. */
  readonly departments: readonly string[];
  readonly address: string | null;
}

/**
 * - anonymous: a visitor without a session; reads published years only.
 * - account: a signed-in person of one municipality.
 * - operator: the command line on the server itself (it holds the database anyway), or the
 *   server seeding its demo plan; named in the audit log (`cli:<os user>`, `system`).
 */
export type Actor =
  | { readonly kind: 'anonymous'; readonly address: string | null }
  | AccountActor
  | { readonly kind: 'operator'; readonly name: string };

export const ANONYMOUS: Actor = { kind: 'anonymous', address: null };
export const SYSTEM: Actor = { kind: 'operator', name: 'system' };

/**
 * What a route needs of its caller before it does anything else. `evaluator`: a route that
 * writes an evaluation level, which editors (一次評価), committee members (外部評価) and admins
 * write; the service then checks which level.
 */
export const ROUTE_ACCESS = ['public', 'member', 'editor', 'evaluator', 'admin'] as const;
export type RouteAccess = (typeof ROUTE_ACCESS)[number];

/** The route accesses each role meets (public aside, which everyone meets). */
const MEETS: Readonly<Record<Role, readonly RouteAccess[]>> = {
  viewer: ['member'],
  committee: ['member', 'evaluator'],
  editor: ['member', 'editor', 'evaluator'],
  admin: ['member', 'editor', 'evaluator', 'admin'],
};

/** The role check every route passes first: a viewer never reaches a write. */
export function meetsRouteAccess(actor: Actor, access: RouteAccess): boolean {
  switch (actor.kind) {
    case 'operator':
      return true;
    case 'anonymous':
      return access === 'public';
    case 'account':
      return access === 'public' || MEETS[actor.role].includes(access);
  }
}

/** An answer about one resource: a plan of another municipality is not there at all (404). */
export type AccessDecision = 'allowed' | 'forbidden' | 'not_found';

/** Reads everything of the municipality, published or not. */
export function isMemberOf(actor: Actor, municipalityId: number): boolean {
  switch (actor.kind) {
    case 'operator':
      return true;
    case 'anonymous':
      return false;
    case 'account':
      return actor.municipalityId === municipalityId;
  }
}

/** Changes to a plan itself: its tree, KPIs, settings, publication, imports, rounds. */
export function decidePlanChange(actor: Actor, municipalityId: number): AccessDecision {
  if (!isMemberOf(actor, municipalityId)) return 'not_found';
  if (actor.kind === 'operator') return 'allowed';
  return actor.kind === 'account' && actor.role === 'admin' ? 'allowed' : 'forbidden';
}

/**
 * A yearly figure or narrative: an admin any; an editor only of a KPI of its own departments,
 * and where the figure is one department's row of a breakdown (⑰ 上下水道課), that department.
 */
export function decideEntry(
  actor: Actor,
  municipalityId: number,
  kpiDepartments: readonly string[],
  department: string | null,
): AccessDecision {
  const planDecision = decidePlanChange(actor, municipalityId);
  if (planDecision !== 'forbidden' || actor.kind !== 'account' || actor.role !== 'editor') {
    return planDecision;
  }
  const own = new Set(actor.departments);
  if (department !== null) return own.has(department) ? 'allowed' : 'forbidden';
  return kpiDepartments.some((d) => own.has(d)) ? 'allowed' : 'forbidden';
}

/**
 * One level of a KPI's evaluation of a year (DESIGN "Who sees and changes what"): the
 * self-evaluation as the KPI's figures (an editor of its departments, an admin); the external
 * evaluation by a committee member (or an admin entering the committee's opinion); the second
 * evaluation and the final judgement by an admin only.
 */
export function decideEvaluation(
  actor: Actor,
  municipalityId: number,
  kpiDepartments: readonly string[],
  level: EvaluationLevel,
): AccessDecision {
  switch (level) {
    case 'self':
      return decideEntry(actor, municipalityId, kpiDepartments, null);
    case 'external': {
      const decision = decidePlanChange(actor, municipalityId);
      return decision === 'forbidden' && actor.kind === 'account' && actor.role === 'committee'
        ? 'allowed'
        : decision;
    }
    case 'second':
    case 'final':
      return decidePlanChange(actor, municipalityId);
  }
}

/** Accounts of a municipality are managed by its admins. */
export function decideAccountChange(actor: Actor, municipalityId: number): AccessDecision {
  return decidePlanChange(actor, municipalityId);
}

/**
 * Whether a reader sees people's e-mail addresses (the audit log's, a history's): admins and
 * the operator; every other member reads names only.
 */
export function seesEmails(actor: Actor): boolean {
  switch (actor.kind) {
    case 'operator':
      return true;
    case 'anonymous':
      return false;
    case 'account':
      return actor.role === 'admin';
  }
}

/** How the audit log names an actor. */
export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'operator':
      return actor.name;
    case 'anonymous':
      return 'anonymous';
    case 'account':
      return actor.email;
  }
}

/**
 * Drafts of a department's entries and their change history: an editor reads its own
 * departments' only (DESIGN "Who sees and changes what"); a committee member none (it reads
 * what was submitted: see readsRecord); other members read every department's, visitors none.
 */
export function readsDraftsOf(actor: Actor, department: string | undefined): boolean {
  switch (actor.kind) {
    case 'operator':
      return true;
    case 'anonymous':
      return false;
    case 'account':
      if (actor.role === 'committee') return false;
      if (actor.role !== 'editor') return true;
      return department !== undefined && actor.departments.includes(department);
  }
}

/**
 * A stored record not yet approved, as a member asking for drafts reads it: a committee
 * member the submitted ones (it evaluates what departments submitted, never their drafts),
 * an editor its own departments' whatever their state, other members every one.
 */
export function readsRecord(
  actor: Actor,
  record: { readonly department: string | undefined; readonly state: string },
): boolean {
  if (actor.kind === 'account' && actor.role === 'committee') return record.state === 'submitted';
  return readsDraftsOf(actor, record.department);
}

/** Where a change came from (the client's IP address) is for admins and the operator only. */
export function seesAddresses(actor: Actor): boolean {
  return actor.kind === 'operator' || (actor.kind === 'account' && actor.role === 'admin');
}

/**
 * The departments whose round entries an actor works on and reads in review: an editor its
 * own (DESIGN "Who sees and changes what"); null for everyone else (every department's, as
 * readsRecord then filters a committee member's to the submitted ones).
 */
export function entryDepartments(actor: Actor): readonly string[] | null {
  return actor.kind === 'account' && actor.role === 'editor' ? actor.departments : null;
}

/**
 * Whether an actor writes a round entry of `department` (its figure, narrative or
 * self-evaluation, once the entry is found): the operator and admins any, an editor its own
 * departments', no one else. The municipality is checked before, by the plan's access.
 */
export function writesEntryOf(actor: Actor, department: string): boolean {
  switch (actor.kind) {
    case 'operator':
      return true;
    case 'anonymous':
      return false;
    case 'account':
      return (
        actor.role === 'admin' ||
        (actor.role === 'editor' && actor.departments.includes(department))
      );
  }
}

/**
 * Whether an actor saves a figure of a year no round was opened for: not an editor, who enters
 * figures when the planning division asks (in a round); admins and the operator may.
 */
export function writesOutsideRounds(actor: Actor): boolean {
  return !(actor.kind === 'account' && actor.role === 'editor');
}

/**
 * Whose records an actor reads that are kept for admins (the audit log, the outbox, the
 * accounts): an admin its municipality's, the operator every municipality's (null); anyone
 * else none, a visitor being asked to sign in.
 */
export type AdminRecordsScope =
  | { readonly allowed: true; readonly municipalityId: number | null }
  | { readonly allowed: false; readonly signedIn: boolean };

export function adminRecordsScope(actor: Actor): AdminRecordsScope {
  switch (actor.kind) {
    case 'operator':
      return { allowed: true, municipalityId: null };
    case 'anonymous':
      return { allowed: false, signedIn: false };
    case 'account':
      return actor.role === 'admin'
        ? { allowed: true, municipalityId: actor.municipalityId }
        : { allowed: false, signedIn: true };
  }
}

/**
 * Which drafts a member's view counts, as a key: an editor its own departments' (sorted), a
 * committee member the submitted ones, everyone else every department's. Views of one key are
 * the same for every actor with it (services/report-cache.ts keeps them apart by it).
 */
export function draftsAudience(actor: Actor): string {
  const own = entryDepartments(actor);
  if (own !== null) return `drafts:${[...own].sort().join('|')}`;
  return actor.kind === 'account' && actor.role === 'committee' ? 'submitted' : 'drafts';
}

/**
 * Whether an actor takes an action on a round entry of `department`: saving and submitting
 * are the entry's own (writesEntryOf), approving, returning and reopening the planning
 * division's (an admin, the operator).
 */
export function takesEntryAction(
  actor: Actor,
  action: EntryActionKind,
  department: string,
): boolean {
  switch (action) {
    case 'save':
    case 'submit':
      return writesEntryOf(actor, department);
    case 'approve':
    case 'return':
    case 'reopen':
      return actor.kind === 'operator' || (actor.kind === 'account' && actor.role === 'admin');
  }
}
