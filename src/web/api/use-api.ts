import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api-error.ts';
import { getJson } from './api-client.ts';

export type ApiState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: ApiError }
  | { readonly status: 'ok'; readonly data: T };

/**
 * Loads a path of the API, again whenever the path changes; `reload` tries once more. A reload
 * of a path already shown keeps it on screen until the new answer arrives, so a form on it
 * keeps its focus and its message. A null path loads nothing and stays 'loading' (data only
 * some users read, asked for once the session says who is signed in).
 */
export function useApi<T>(path: string | null): { state: ApiState<T>; reload: () => void } {
  const [state, setState] = useState<ApiState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    if (path === null) {
      shown.current = null;
      setState({ status: 'loading' });
      return undefined;
    }
    const controller = new AbortController();
    if (shown.current !== path) setState({ status: 'loading' });
    getJson<T>(path, controller.signal).then(
      (data) => {
        shown.current = path;
        setState({ status: 'ok', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        shown.current = null;
        setState({
          status: 'error',
          error:
            error instanceof ApiError
              ? error
              : new ApiError(0, 'internal', error instanceof Error ? error.message : String(error)),
        });
      },
    );
    return () => controller.abort();
  }, [path, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
