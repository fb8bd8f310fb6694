import { useEffect, useRef } from 'react';
import { useView } from '../../view-context.tsx';

/**
 * Asks before a year is published or withdrawn, in a modal dialog (Escape cancels; focus
 * returns to the button that asked).
 */
export function PublicationConfirm(props: {
  year: string;
  publish: boolean;
  busy: boolean;
  onConfirm: () => void;
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
      <div className="form__actions">
        <button
          type="button"
          className={publish ? 'button' : 'button button--danger'}
          disabled={props.busy}
          onClick={props.onConfirm}
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
