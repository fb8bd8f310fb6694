import type { FormEvent } from 'react';
import { useState } from 'react';
import type { RoundEntryView } from '../../domain/api-contract.ts';
import type { EntryActionKind } from '../../domain/entry-state.ts';
import type { FiscalYear } from '../../domain/fiscal-year.ts';
import { apiPaths } from '../api/api-client.ts';
import { useMutation } from '../api/use-mutation.ts';
import { ENTRY_STATE_KEY } from './entry-state-badge.tsx';
import { FormStatus } from './form-status.tsx';
import { useSession } from '../session/session-context.tsx';
import { useView } from '../view-context.tsx';

type Move = 'approve' | 'return' | 'reopen';

/**
 * An admin's moves on one entry of the board: approve or return (with a comment) a submitted
 * entry, reopen (with a reason) an approved one. A return or reopen asks for its text first.
 */
export function EntryMoves(props: {
  planId: number;
  fy: FiscalYear;
  entry: Pick<RoundEntryView, 'code' | 'department' | 'state'> & {
    /** What the reader may do to it now, as the server says (entryActions). */
    readonly actions: readonly EntryActionKind[];
  };
  /** The move is done: what it said (「⑦ 企画課: 承認済になりました。」). */
  onMoved: (notice: string) => void;
}) {
  const { t } = useView();
  const { send } = useSession();
  const { entry } = props;
  const [asking, setAsking] = useState<'return' | 'reopen' | null>(null);
  const [text, setText] = useState('');
  const { perform, busy, outcome } = useMutation();
  const move = async (kind: Move, note?: string) => {
    const body =
      kind === 'return'
        ? { department: entry.department, comment: note }
        : kind === 'reopen'
          ? { department: entry.department, reason: note }
          : { department: entry.department };
    const request = () =>
      send<RoundEntryView>(
        'POST',
        apiPaths.entryMove(props.planId, props.fy, entry.code, kind),
        body,
      );
    const notice = (moved: RoundEntryView | null) =>
      t('entryMoved', {
        code: entry.code,
        department: entry.department,
        state: t(ENTRY_STATE_KEY[moved === null ? entry.state : moved.state]),
      });
    const done = await perform(request, notice);
    if (!done.ok) return;
    setAsking(null);
    setText('');
    props.onMoved(notice(done.value));
  };
  const submitNote = (event: FormEvent) => {
    event.preventDefault();
    if (asking !== null && text.trim() !== '') void move(asking, text.trim());
  };
  const id = `move-${entry.code}-${entry.department}`;
  return (
    <div className="entry-moves" data-moves={`${entry.code}|${entry.department}`}>
      {entry.actions.includes('approve') && asking === null && (
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => move('approve')}
        >
          {t('approve')}
        </button>
      )}
      {entry.actions.includes('return') && asking === null && (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          onClick={() => setAsking('return')}
        >
          {t('returnEntry')}
        </button>
      )}
      {entry.actions.includes('reopen') && asking === null && (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          onClick={() => setAsking('reopen')}
        >
          {t('reopen')}
        </button>
      )}
      {asking !== null && (
        <form className="form entry-moves__note" onSubmit={submitNote} noValidate>
          <div className="field form-field">
            <label htmlFor={id}>
              {asking === 'return' ? t('returnComment') : t('reopenReason')}
            </label>
            <textarea
              id={id}
              rows={3}
              maxLength={2000}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <div className="form__actions">
            <button
              type="submit"
              className="button button--small"
              disabled={busy || text.trim() === ''}
            >
              {asking === 'return' ? t('returnSend') : t('reopenSend')}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setAsking(null)}
            >
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      <FormStatus outcome={outcome} />
    </div>
  );
}
