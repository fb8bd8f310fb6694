import { useEffect, useId, useRef, useState } from 'react';
import type { RoundBoardView } from '../../../domain/api-contract.ts';
import type { FiscalYear } from '../../../domain/fiscal-year.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ENTRY_STATE_KEY } from '../../components/entry-state-badge.tsx';
import { useView } from '../../view-context.tsx';

const LISTED = 10;

/**
 * The entries of the year's round not approved (the board's completeness), named before the
 * year is published: the public will see no figure of the year for them. Nothing when the year
 * has no round (an imported report) or every entry is approved.
 */
function NotApproved(props: { planId: number; fiscalYear: FiscalYear }) {
  const { t } = useView();
  const board = useApi<RoundBoardView>(apiPaths.round(props.planId, props.fiscalYear));
  if (board.state.status !== 'ok') return null;
  const { notApproved } = board.state.data.completeness;
  if (notApproved.length === 0) return null;
  return (
    <div className="publish-not-approved" data-publish="not-approved">
      <p className="risk-flag">{t('publishNotApproved', { count: notApproved.length })}</p>
      <ul>
        {notApproved.slice(0, LISTED).map((e) => (
          <li key={`${e.code}|${e.department}`}>
            {e.code} {e.title}（{e.department}・{t(ENTRY_STATE_KEY[e.state])}）
          </li>
        ))}
        {notApproved.length > LISTED && (
          <li>{t('publishNotApprovedMore', { count: notApproved.length - LISTED })}</li>
        )}
      </ul>
    </div>
  );
}

/**
 * Asks before a year is published or withdrawn, in a modal dialog (Escape cancels; focus
 * returns to the button that asked). A withdrawal says why: the reason is kept in the audit
 * log and told to the public in the plan's feed.
 */
export function PublicationConfirm(props: {
  planId: number;
  fiscalYear: FiscalYear;
  year: string;
  publish: boolean;
  busy: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useView();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  const { year, publish } = props;
  const [reason, setReason] = useState('');
  const reasonId = useId();
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby="publication-confirm-title"
      aria-describedby="publication-confirm-text"
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <h2 id="publication-confirm-title">
        {t(publish ? 'publishConfirm' : 'withdrawConfirm', { year })}
      </h2>
      <p id="publication-confirm-text">
        {t(publish ? 'publishConfirmText' : 'withdrawConfirmText')}
      </p>
      {publish && <NotApproved planId={props.planId} fiscalYear={props.fiscalYear} />}
      {!publish && (
        <div className="form__field">
          <label htmlFor={reasonId}>{t('withdrawReason')}</label>
          <textarea
            id={reasonId}
            required
            maxLength={1000}
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
      )}
      <div className="form__actions">
        <button
          type="button"
          className={publish ? 'button' : 'button button--danger'}
          disabled={props.busy || (!publish && reason.trim() === '')}
          onClick={() => props.onConfirm(reason.trim())}
        >
          {props.busy ? t('formSaving') : publish ? t('publish') : t('withdraw')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          autoFocus
          onClick={props.onCancel}
        >
          {t('cancel')}
        </button>
      </div>
    </dialog>
  );
}
