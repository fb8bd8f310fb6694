import { useEffect, useId, useRef, useState } from 'react';
import { useView } from '../../view-context.tsx';

/**
 * Asks before a year is published or withdrawn, in a modal dialog (Escape cancels; focus
 * returns to the button that asked). A withdrawal says why: the reason is kept in the audit
 * log and told to the public in the plan's feed.
 */
export function PublicationConfirm(props: {
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
