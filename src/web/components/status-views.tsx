import type { ApiError } from '../api/api-error.ts';
import { missingEntity } from '../api/api-error.ts';
import { apiErrorParts } from '../i18n/api-error-message.ts';
import { Link } from '../routing/link.tsx';
import { useView } from '../view-context.tsx';

export function Loading() {
  const { t } = useView();
  return (
    <p className="status status--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t('loading')}
    </p>
  );
}

/**
 * A load that failed. A year the reader may not see (withdrawn from publication, or without
 * figures) says so in the reader's words and links to the latest year instead.
 */
export function ErrorView(props: { error: ApiError; onRetry?: () => void }) {
  const { t, here } = useView();
  if (missingEntity(props.error) === 'fiscal year') {
    return (
      <div className="status status--error" role="alert">
        <h2>{t('errorNotFound')}</h2>
        <p>{t('errorYearNotFound')}</p>
        <Link className="button" href={here({ fy: null })}>
          {t('latestYear')}
        </Link>
      </div>
    );
  }
  const { text, detail } = apiErrorParts(props.error, t);
  return (
    <div className="status status--error" role="alert">
      <h2>{props.error.status === 404 ? t('errorNotFound') : t('errorTitle')}</h2>
      <p>{text}</p>
      {detail !== null && <p className="status__detail">{t('errorDetail', { message: detail })}</p>}
      {props.onRetry && (
        <button type="button" className="button" onClick={props.onRetry}>
          {t('errorRetry')}
        </button>
      )}
    </div>
  );
}

export function EmptyView(props: { message: string }) {
  return (
    <p className="status status--empty" role="status">
      {props.message}
    </p>
  );
}
