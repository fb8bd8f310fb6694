import type { ApiError } from '../api/api-error.ts';
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

export function ErrorView(props: { error: ApiError; onRetry?: () => void }) {
  const { t } = useView();
  return (
    <div className="status status--error" role="alert">
      <h2>{props.error.status === 404 ? t('errorNotFound') : t('errorTitle')}</h2>
      <p>{props.error.message}</p>
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
