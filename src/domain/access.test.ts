import { describe, expect, it } from 'vitest';
import type { AccountActor, Actor } from './access.ts';
import {
  ANONYMOUS,
  SYSTEM,
  adminRecordsScope,
  takesEntryAction,
  decideEntry,
  draftsAudience,
  entryDepartments,
  writesEntryOf,
  writesOutsideRounds,
  decideEvaluation,
  decidePlanChange,
  meetsRouteAccess,
  readsDraftsOf,
  readsRecord,
  seesAddresses,
  seesEmails,
} from './access.ts';

const account = (role: AccountActor['role'], departments: string[] = []): AccountActor => ({
  kind: 'account',
  accountId: 1,
  email: 'a@example.jp',
  name: 'A',
  municipalityId: 7,
  role,
  departments,
  address: null,
});

describe('route access', () => {
  it('lets anonymous visitors only through public routes', () => {
    expect(meetsRouteAccess(ANONYMOUS, 'public')).toBe(true);
    expect(meetsRouteAccess(ANONYMOUS, 'member')).toBe(false);
  });
  it('ranks viewer < editor < admin, and lets committee members through evaluation routes only', () => {
    const table = (actor: Actor) =>
      (['public', 'member', 'editor', 'evaluator', 'admin'] as const).map((a) =>
        meetsRouteAccess(actor, a),
      );
    expect(table(account('viewer'))).toEqual([true, true, false, false, false]);
    expect(table(account('committee'))).toEqual([true, true, false, true, false]);
    expect(table(account('editor'))).toEqual([true, true, true, true, false]);
    expect(table(account('admin'))).toEqual([true, true, true, true, true]);
    expect(table(SYSTEM)).toEqual([true, true, true, true, true]);
  });
});

describe('plan changes', () => {
  it('answers another municipality with not_found, not forbidden', () => {
    expect(decidePlanChange(account('admin'), 8)).toBe('not_found');
    expect(decidePlanChange(ANONYMOUS, 7)).toBe('not_found');
  });
  it('allows admins of the municipality only', () => {
    expect(decidePlanChange(account('admin'), 7)).toBe('allowed');
    expect(decidePlanChange(account('editor', ['企画課']), 7)).toBe('forbidden');
    expect(decidePlanChange(account('viewer'), 7)).toBe('forbidden');
  });
});

describe('entries (⑦ is 企画課’s, ⑰ is broken down by department)', () => {
  const planning = account('editor', ['企画課']);
  it('lets an editor enter the KPIs of its own departments only', () => {
    expect(decideEntry(planning, 7, ['企画課'], null)).toBe('allowed');
    expect(decideEntry(planning, 7, ['情報政策課'], null)).toBe('forbidden');
    expect(decideEntry(planning, 8, ['企画課'], null)).toBe('not_found');
  });
  it('lets a department enter its own row of a breakdown, not another’s', () => {
    const water = account('editor', ['上下水道課']);
    expect(decideEntry(water, 7, ['総務課', '上下水道課'], '上下水道課')).toBe('allowed');
    expect(decideEntry(water, 7, ['総務課', '上下水道課'], '総務課')).toBe('forbidden');
  });
  it('never lets a viewer enter, and always an admin', () => {
    expect(decideEntry(account('viewer', ['企画課']), 7, ['企画課'], null)).toBe('forbidden');
    expect(decideEntry(account('admin'), 7, ['企画課'], null)).toBe('allowed');
  });
});

describe('people’s e-mail addresses', () => {
  it('are for admins and the operator; other members read names only', () => {
    expect(seesEmails(account('admin'))).toBe(true);
    expect(seesEmails(SYSTEM)).toBe(true);
    expect(seesEmails(account('editor', ['企画課']))).toBe(false);
    expect(seesEmails(account('viewer'))).toBe(false);
    expect(seesEmails(ANONYMOUS)).toBe(false);
  });
});

describe('evaluation levels of ⑦ (企画課’s)', () => {
  const levels = ['self', 'second', 'external', 'final'] as const;
  const rights = (actor: Actor, municipalityId = 7) =>
    levels.map((level) => decideEvaluation(actor, municipalityId, ['企画課'], level));
  it('lets its editor write the self level only, another department’s none', () => {
    expect(rights(account('editor', ['企画課']))).toEqual([
      'allowed',
      'forbidden',
      'forbidden',
      'forbidden',
    ]);
    expect(rights(account('editor', ['総務課']))).toEqual(Array(4).fill('forbidden'));
  });
  it('lets a committee member write the external level only, a viewer none', () => {
    expect(rights(account('committee'))).toEqual([
      'forbidden',
      'forbidden',
      'allowed',
      'forbidden',
    ]);
    expect(rights(account('viewer'))).toEqual(Array(4).fill('forbidden'));
  });
  it('lets an admin write every level; another municipality’s plan is not found', () => {
    expect(rights(account('admin'))).toEqual(Array(4).fill('allowed'));
    expect(rights(account('committee'), 8)).toEqual(Array(4).fill('not_found'));
    expect(rights(ANONYMOUS)).toEqual(Array(4).fill('not_found'));
  });
});

describe('drafts and addresses', () => {
  it('lets a committee member read submitted records, never drafts or returned ones', () => {
    const committee = account('committee');
    expect(readsRecord(committee, { department: '企画課', state: 'submitted' })).toBe(true);
    expect(readsRecord(committee, { department: '企画課', state: 'draft' })).toBe(false);
    expect(readsRecord(committee, { department: '企画課', state: 'returned' })).toBe(false);
    expect(readsDraftsOf(committee, '企画課')).toBe(false);
    expect(
      readsRecord(account('editor', ['企画課']), { department: '企画課', state: 'draft' }),
    ).toBe(true);
    expect(
      readsRecord(account('editor', ['総務課']), { department: '企画課', state: 'submitted' }),
    ).toBe(false);
  });

  it('lets an editor read its own departments’ drafts only, other members all, visitors none', () => {
    expect(readsDraftsOf(account('editor', ['企画課']), '企画課')).toBe(true);
    expect(readsDraftsOf(account('editor', ['企画課']), '総務課')).toBe(false);
    expect(readsDraftsOf(account('editor', ['企画課']), undefined)).toBe(false);
    expect(readsDraftsOf(account('viewer'), '総務課')).toBe(true);
    expect(readsDraftsOf(account('admin'), '総務課')).toBe(true);
    expect(readsDraftsOf(ANONYMOUS, '総務課')).toBe(false);
  });

  it('shows where a change came from to admins and the operator only', () => {
    expect(seesAddresses(account('admin'))).toBe(true);
    expect(seesAddresses(SYSTEM)).toBe(true);
    expect(seesAddresses(account('editor', ['企画課']))).toBe(false);
    expect(seesAddresses(account('viewer'))).toBe(false);
    expect(seesAddresses(ANONYMOUS)).toBe(false);
  });
});

describe('round entries and the records kept for admins', () => {
  const editor = account('editor', ['財政課', '企画課']);
  it('limits an editor to its own departments’ entries, everyone else to none', () => {
    expect(entryDepartments(editor)).toEqual(['財政課', '企画課']);
    expect(entryDepartments(account('admin'))).toBeNull();
    expect(entryDepartments(account('committee'))).toBeNull();
    expect(writesEntryOf(editor, '企画課')).toBe(true);
    expect(writesEntryOf(editor, '総務課')).toBe(false);
    expect(writesEntryOf(account('admin'), '総務課')).toBe(true);
    expect(writesEntryOf(SYSTEM, '総務課')).toBe(true);
    expect(writesEntryOf(account('committee'), '総務課')).toBe(false);
    expect(writesEntryOf(account('viewer'), '総務課')).toBe(false);
    expect(writesEntryOf(ANONYMOUS, '総務課')).toBe(false);
    expect(writesOutsideRounds(editor)).toBe(false);
    expect(writesOutsideRounds(account('admin'))).toBe(true);
  });
  it('keys each member’s drafts by what it may read of them', () => {
    expect(draftsAudience(editor)).toBe('drafts:企画課|財政課');
    expect(draftsAudience(account('editor', ['企画課', '財政課']))).toBe(draftsAudience(editor));
    expect(draftsAudience(account('committee'))).toBe('submitted');
    expect(draftsAudience(account('admin'))).toBe('drafts');
    expect(draftsAudience(account('viewer'))).toBe('drafts');
  });
  it('lets an admin read its municipality’s audit log, outbox and accounts, the operator all', () => {
    expect(adminRecordsScope(account('admin'))).toEqual({ allowed: true, municipalityId: 7 });
    expect(adminRecordsScope(SYSTEM)).toEqual({ allowed: true, municipalityId: null });
    expect(adminRecordsScope(editor)).toEqual({ allowed: false, signedIn: true });
    expect(adminRecordsScope(ANONYMOUS)).toEqual({ allowed: false, signedIn: false });
  });
});

describe('actions on an entry', () => {
  it('leaves saving and submitting to the entry’s department, the review to admins', () => {
    const editor = account('editor', ['企画課']);
    expect(takesEntryAction(editor, 'submit', '企画課')).toBe(true);
    expect(takesEntryAction(editor, 'submit', '総務課')).toBe(false);
    expect(takesEntryAction(editor, 'approve', '企画課')).toBe(false);
    expect(takesEntryAction(account('admin'), 'return', '企画課')).toBe(true);
    expect(takesEntryAction(account('committee'), 'save', '企画課')).toBe(false);
    expect(takesEntryAction(SYSTEM, 'reopen', '企画課')).toBe(true);
  });
});
