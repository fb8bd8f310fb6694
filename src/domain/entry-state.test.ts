import { describe, expect, it } from 'vitest';
import type { EntryAction, EntryActionKind, EntryState } from './entry-state.ts';
import {
  ENTRY_STATES,
  RECORD_STATES,
  entryTransition,
  entryMove,
  entryActions,
} from './entry-state.ts';

const ACTIONS: Readonly<Record<EntryActionKind, EntryAction>> = {
  save: { kind: 'save' },
  submit: { kind: 'submit' },
  return: { kind: 'return', comment: '累計が前年度の累計と合いません' },
  approve: { kind: 'approve' },
  reopen: { kind: 'reopen', reason: '決算の確定値で訂正' },
};

/** Every allowed transition while the year is open for the entry; everything else is refused. */
const ALLOWED_UNLOCKED: Readonly<Record<EntryActionKind, Partial<Record<EntryState, EntryState>>>> =
  {
    save: { not_started: 'draft', draft: 'draft', returned: 'draft' },
    submit: { draft: 'submitted', returned: 'submitted' },
    return: { submitted: 'returned' },
    approve: { submitted: 'approved' },
    reopen: { approved: 'draft' },
  };

/** After the round closed, only an admin's reopen of an approved entry moves anything. */
const ALLOWED_LOCKED: Readonly<Record<EntryActionKind, Partial<Record<EntryState, EntryState>>>> = {
  save: {},
  submit: {},
  return: {},
  approve: {},
  reopen: { approved: 'draft' },
};

const kinds = Object.keys(ACTIONS) as EntryActionKind[];

describe('entryTransition', () => {
  for (const [label, unlocked, table] of [
    ['open', true, ALLOWED_UNLOCKED],
    ['locked', false, ALLOWED_LOCKED],
  ] as const) {
    for (const kind of kinds) {
      for (const from of ENTRY_STATES) {
        const to = table[kind][from];
        it(`${label}: ${kind} from ${from} is ${to ? `allowed to ${to}` : 'refused'}`, () => {
          const result = entryTransition(from, ACTIONS[kind], { unlocked });
          if (to) expect(result).toEqual({ kind: 'allowed', to });
          else {
            expect(result.kind).toBe('refused');
            if (result.kind === 'refused') expect(result.reason).not.toBe('');
          }
        });
      }
    }
  }

  it('refuses a return without a comment and a reopen without a reason', () => {
    expect(
      entryTransition('submitted', { kind: 'return', comment: '  ' }, { unlocked: true }),
    ).toMatchObject({ kind: 'refused', reason: expect.stringContaining('コメント') });
    expect(
      entryTransition('approved', { kind: 'reopen', reason: '' }, { unlocked: false }),
    ).toMatchObject({
      kind: 'refused',
      reason: expect.stringContaining('理由'),
    });
  });

  it('says why a closed year refuses a save', () => {
    expect(entryTransition('draft', { kind: 'save' }, { unlocked: false })).toMatchObject({
      kind: 'refused',
      reason: expect.stringContaining('締め切られた'),
    });
  });
});

describe('the state lists', () => {
  it('store every entry state but "not started" on figures and narratives', () => {
    expect(RECORD_STATES).toEqual(ENTRY_STATES.filter((s) => s !== 'not_started'));
  });
});

describe('entryMove', () => {
  const open = { unlocked: true };
  it('keeps a return’s comment and a reopen’s reason, and the records follow the state', () => {
    expect(
      entryMove(
        { state: 'submitted', reopened: false },
        { kind: 'return', comment: ' 累計が合いません ' },
        open,
      ),
    ).toEqual({
      kind: 'moved',
      move: {
        to: 'returned',
        reopened: false,
        note: { kind: 'return', text: '累計が合いません' },
        recordState: 'returned',
      },
    });
    expect(
      entryMove(
        { state: 'approved', reopened: false },
        { kind: 'reopen', reason: '数値の訂正' },
        { unlocked: false },
      ),
    ).toEqual({
      kind: 'moved',
      move: {
        to: 'draft',
        reopened: true,
        note: { kind: 'reopen', text: '数値の訂正' },
        recordState: 'draft',
      },
    });
  });
  it('keeps a reopened entry reopened until it is approved again', () => {
    const reopened = { state: 'draft', reopened: true } as const;
    expect(entryMove(reopened, { kind: 'submit' }, open)).toMatchObject({
      move: { to: 'submitted', reopened: true, note: null, recordState: 'submitted' },
    });
    expect(entryMove({ ...reopened, state: 'submitted' }, { kind: 'approve' }, open)).toMatchObject(
      {
        move: { to: 'approved', reopened: false },
      },
    );
  });
  it('says why an entry may not move', () => {
    expect(entryMove({ state: 'draft', reopened: false }, { kind: 'approve' }, open)).toMatchObject(
      {
        kind: 'refused',
        reason: expect.stringContaining('only a submitted entry can be approved'),
      },
    );
  });
});

describe('entryActions', () => {
  it('offers what the state and the round allow, whoever asks', () => {
    const open = { unlocked: true };
    expect(entryActions({ state: 'not_started', reopened: false }, open)).toEqual(['save']);
    expect(entryActions({ state: 'draft', reopened: false }, open)).toEqual(['save', 'submit']);
    expect(entryActions({ state: 'submitted', reopened: false }, open)).toEqual([
      'approve',
      'return',
    ]);
    expect(entryActions({ state: 'approved', reopened: false }, open)).toEqual(['reopen']);
    expect(entryActions({ state: 'submitted', reopened: false }, { unlocked: false })).toEqual([]);
  });
});
