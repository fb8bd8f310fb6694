import { useState } from 'react';
import { ENTRY_STATES } from '../../../domain/entry-state.ts';
import type { FiscalYear } from '../../../domain/fiscal-year.ts';
import type { RoundCompleteness } from '../../../domain/round-completeness.ts';
import { ENTRY_STATE_KEY } from '../../components/entry-state-badge.tsx';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';

/** What the round leaves if closed now, named before the admin confirms. */
function CloseLeaves(props: { completeness: RoundCompleteness }) {
  const { t } = useView();
  const { counts, total, notApproved, departmentsWithoutEditor } = props.completeness;
  const parts = ENTRY_STATES.filter((s) => counts[s] > 0).map((s) =>
    t('stateCount', { state: t(ENTRY_STATE_KEY[s]), count: counts[s] }),
  );
  return (
    <ul className="close-leaves" data-close="leaves">
      <li>{t('roundCloseLeft', { counts: parts.join('、'), total })}</li>
      {notApproved.length > 0 && (
        <li className="risk-flag">{t('roundCloseNotApproved', { count: notApproved.length })}</li>
      )}
      {departmentsWithoutEditor.length > 0 && (
        <li className="risk-flag">
          {t('roundCloseNoEditor', { departments: departmentsWithoutEditor.join('、') })}
        </li>
      )}
    </ul>
  );
}

/**
 * Closes the round (the year locks), after the admin confirms what that means. Closed, this
 * section is gone from the board, so the board says so (onClosed), not this section.
 */
export function CloseRound(props: {
  planId: number;
  fy: FiscalYear;
  /** What closing now would leave: entries by state, not approved, departments without an editor. */
  completeness: RoundCompleteness;
  year: string;
  onClosed: () => void;
}) {
  const { t } = useView();
  const { send } = useSession();
  const [asking, setAsking] = useState(false);
  const { perform, busy, outcome } = useMutation();
  const close = async () => {
    const request = () => send('POST', apiPaths.closeRound(props.planId, props.fy), undefined);
    // Closed, the board says so: this section is gone.
    if ((await perform(request, () => null)).ok) {
      setAsking(false);
      props.onClosed();
    }
  };
  return (
    <section className="section no-print" aria-labelledby="close-round">
      <h2 id="close-round">{t('roundClose')}</h2>
      {asking ? (
        <div className="card" role="group" aria-labelledby="close-round">
          <p>{t('roundCloseConfirm', { year: props.year })}</p>
          <CloseLeaves completeness={props.completeness} />
          <div className="form__actions">
            <button type="button" className="button button--danger" disabled={busy} onClick={close}>
              {busy ? t('formSaving') : t('roundClose')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setAsking(false)}
            >
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
          {t('roundClose')}
        </button>
      )}
      <FormStatus outcome={outcome} />
    </section>
  );
}
