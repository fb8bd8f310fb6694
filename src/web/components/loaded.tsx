import type { ReactNode } from 'react';
import type { ApiState } from '../api/use-api.ts';
import { ErrorView, Loading } from './status-views.tsx';

/**
 * What a page shows of a load (useApi): the spinner while it runs, the error with a retry when
 * it failed, else `children` given the data.
 * @example <Loaded load={board}>{(data) => <RoundBoard board={data} />}</Loaded>
 */
export function Loaded<T>(props: {
  load: { readonly state: ApiState<T>; readonly reload: () => void };
  children: (data: T) => ReactNode;
}) {
  const { state, reload } = props.load;
  return state.status === 'ok' ? (
    <>{props.children(state.data)}</>
  ) : (
    <Pending state={state} onRetry={reload} />
  );
}

/**
 * A load not answered yet, or refused: the spinner, or the error with a retry. For a page that
 * shows its own frame until the data is there (`if (state.status !== 'ok') return …`).
 */
export function Pending(props: {
  state: Exclude<ApiState<unknown>, { readonly status: 'ok' }>;
  onRetry: () => void;
}) {
  return props.state.status === 'loading' ? (
    <Loading />
  ) : (
    <ErrorView error={props.state.error} onRetry={props.onRetry} />
  );
}
