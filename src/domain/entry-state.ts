/**
 * The states of an entry in the yearly collection round (照会): one KPI × responsible
 * department × fiscal year. The one list the database checks, the API schemas and the UI use.
 *
 *   not started → draft → submitted → approved
 *                   ↑         ↓
 *                   └─ returned (with a comment)
 *   approved → draft again only when an admin reopens it, with a reason.
 */
export const ENTRY_STATES = ['not_started', 'draft', 'submitted', 'returned', 'approved'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

/**
 * The states a stored figure or narrative carries: an entry's states once something was
 * entered (a record never is "not started").
 */
export const RECORD_STATES = [
  'draft',
  'submitted',
  'returned',
  'approved',
] as const satisfies readonly EntryState[];
export type RecordState = (typeof RECORD_STATES)[number];

/** What someone does to an entry. */
export type EntryAction =
  | { readonly kind: 'save' }
  | { readonly kind: 'submit' }
  | { readonly kind: 'return'; readonly comment: string }
  | { readonly kind: 'approve' }
  | { readonly kind: 'reopen'; readonly reason: string };

export type EntryActionKind = EntryAction['kind'];

/** Every action on an entry, in the order a page offers them. */
export const ENTRY_ACTION_KINDS = [
  'save',
  'submit',
  'approve',
  'return',
  'reopen',
] as const satisfies readonly EntryActionKind[];

/** Where the entry stands besides its state: is its year still open for it? */
export interface EntryContext {
  /** The round is open, or an admin reopened this entry after the round closed. */
  readonly unlocked: boolean;
}

export type TransitionResult =
  | { readonly kind: 'allowed'; readonly to: EntryState }
  | { readonly kind: 'refused'; readonly reason: string };

const allowed = (to: EntryState): TransitionResult => ({ kind: 'allowed', to });
const refused = (reason: string): TransitionResult => ({ kind: 'refused', reason });

/** How the UI names each state (Japanese first, as editors read it). */
export const ENTRY_STATE_LABELS: Readonly<Record<EntryState, string>> = {
  not_started: '未着手',
  draft: '入力中',
  submitted: '提出済',
  returned: '差戻し',
  approved: '承認済',
};

const LOCKED =
  '締め切られた年度です。変更するには管理者が理由を付けて再開してください (the round is closed: an admin must reopen the entry)';

function saveFrom(from: EntryState): TransitionResult {
  switch (from) {
    case 'not_started':
    case 'draft':
    case 'returned':
      return allowed('draft');
    case 'submitted':
      return refused(
        '提出済みのため変更できません。差し戻されると再び入力できます (submitted: wait until it is returned)',
      );
    case 'approved':
      return refused('承認済みのため変更できません (approved: an admin must reopen it)');
  }
}

function submitFrom(from: EntryState): TransitionResult {
  switch (from) {
    case 'draft':
    case 'returned':
      return allowed('submitted');
    case 'not_started':
      return refused('まだ何も入力されていません (nothing entered yet)');
    case 'submitted':
      return refused('すでに提出済みです (already submitted)');
    case 'approved':
      return refused('承認済みです (already approved)');
  }
}

/**
 * The state an entry goes to, or why it may not. Pure: who may act (an editor of the
 * entry's department, an admin) is src/domain/access.ts's question, asked before this one.
 * @example
 * entryTransition('submitted', { kind: 'return', comment: '累計が合いません' }, { unlocked: true })
 * // → { kind: 'allowed', to: 'returned' }
 */
export function entryTransition(
  from: EntryState,
  action: EntryAction,
  context: EntryContext,
): TransitionResult {
  switch (action.kind) {
    case 'save':
      return context.unlocked ? saveFrom(from) : refused(LOCKED);
    case 'submit':
      return context.unlocked ? submitFrom(from) : refused(LOCKED);
    case 'return':
      if (!context.unlocked) return refused(LOCKED);
      if (action.comment.trim() === '')
        return refused('差戻しにはコメントが必要です (a return needs a comment)');
      return from === 'submitted'
        ? allowed('returned')
        : refused(
            `提出済みの入力だけを差し戻せます (only a submitted entry can be returned; this one is ${from})`,
          );
    case 'approve':
      if (!context.unlocked) return refused(LOCKED);
      return from === 'submitted'
        ? allowed('approved')
        : refused(
            `提出済みの入力だけを承認できます (only a submitted entry can be approved; this one is ${from})`,
          );
    case 'reopen':
      if (action.reason.trim() === '')
        return refused('再開には理由が必要です (a reopen needs a reason)');
      return from === 'approved'
        ? allowed('draft')
        : refused(
            `承認済みの入力だけを再開できます (only an approved entry can be reopened; this one is ${from})`,
          );
  }
}

/**
 * The state the stored figures and narratives of an entry's row take when the entry moves to
 * `state` (none while nothing was entered).
 */
export const RECORD_STATE_AFTER: Readonly<Record<EntryState, RecordState | null>> = {
  not_started: null,
  draft: 'draft',
  submitted: 'submitted',
  returned: 'returned',
  approved: 'approved',
};

/** Everything one move of an entry changes, decided in one place. */
export interface EntryMove {
  readonly to: EntryState;
  /**
   * Whether the entry stays reopened: set by a reopen, kept until the entry is approved again,
   * when its closed year locks for it once more.
   */
  readonly reopened: boolean;
  /** The text kept in the entry's conversation: a return's comment, a reopen's reason. */
  readonly note: { readonly kind: 'return' | 'reopen'; readonly text: string } | null;
  /** The state the row's stored figures and narratives take (null: they keep theirs). */
  readonly recordState: RecordState | null;
}

/**
 * An entry's whole move under an action, or why it may not move (entryTransition): its new
 * state, its reopened flag, the note it keeps and its records' state.
 * @example entryMove({ state: 'approved', reopened: false }, { kind: 'reopen', reason: '数値の訂正' }, { unlocked: false })
 *   // { kind: 'moved', move: { to: 'draft', reopened: true, note: { kind: 'reopen', text: '数値の訂正' }, recordState: 'draft' } }
 */
export function entryMove(
  entry: { readonly state: EntryState; readonly reopened: boolean },
  action: EntryAction,
  context: EntryContext,
):
  | { readonly kind: 'moved'; readonly move: EntryMove }
  | { readonly kind: 'refused'; readonly reason: string } {
  const result = entryTransition(entry.state, action, context);
  if (result.kind === 'refused') return result;
  const note =
    action.kind === 'return'
      ? { kind: 'return' as const, text: action.comment.trim() }
      : action.kind === 'reopen'
        ? { kind: 'reopen' as const, text: action.reason.trim() }
        : null;
  const reopened =
    action.kind === 'reopen' ? true : action.kind === 'approve' ? false : entry.reopened;
  return {
    kind: 'moved',
    move: { to: result.to, reopened, note, recordState: RECORD_STATE_AFTER[result.to] },
  };
}

/** One action of each kind, a return's comment and a reopen's reason said. */
const SAMPLE_ACTIONS: Readonly<Record<EntryActionKind, EntryAction>> = {
  save: { kind: 'save' },
  submit: { kind: 'submit' },
  approve: { kind: 'approve' },
  return: { kind: 'return', comment: '-' },
  reopen: { kind: 'reopen', reason: '-' },
};

/**
 * The actions an entry's state and its round allow now, whoever asks (who may take each is
 * access's question: takesEntryAction). A page offers these and no others.
 * @example entryActions({ state: 'submitted', reopened: false }, { unlocked: true }) // ['approve', 'return']
 */
export function entryActions(
  entry: { readonly state: EntryState; readonly reopened: boolean },
  context: EntryContext,
): EntryActionKind[] {
  return ENTRY_ACTION_KINDS.filter(
    (kind) => entryTransition(entry.state, SAMPLE_ACTIONS[kind], context).kind === 'allowed',
  );
}
