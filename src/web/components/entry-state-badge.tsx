import type { EntryState } from '../../domain/entry-state.ts';
import type { MessageKey } from '../i18n/messages-ja.ts';
import { useView } from '../view-context.tsx';

/** The catalog key of each entry state (未着手, 入力中, 提出済, 差戻し, 承認済). */
export const ENTRY_STATE_KEY: Readonly<Record<EntryState, MessageKey>> = {
  not_started: 'state_not_started',
  draft: 'state_draft',
  submitted: 'state_submitted',
  returned: 'state_returned',
  approved: 'state_approved',
};

/** An entry's state as a labelled chip, and 期限超過 beside it when it is overdue. */
export function EntryStateBadge(props: { state: EntryState; overdue?: boolean }) {
  const { t } = useView();
  return (
    <span className="entry-state-wrap">
      <span className={`entry-state entry-state--${props.state}`} data-state={props.state}>
        {t(ENTRY_STATE_KEY[props.state])}
      </span>
      {props.overdue === true && (
        <span className="entry-state entry-state--overdue">{t('overdue')}</span>
      )}
    </span>
  );
}
