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
  switch (state.status) {
    case 'loading':
      return <Loading />;
    case 'error':
      return <ErrorView error={state.error} onRetry={reload} />;
    case 'ok':
      return <>{props.children(state.data)}</>;
  }
}
