import { useEffect, useState } from 'react';
import type {
  AccountView,
  PlanSummaryView,
  RoundBoardView,
  RoundSummaryView,
} from '../../../domain/api-contract.ts';
import { apiPaths, getJson } from '../../api/api-client.ts';
import type { ApiError } from '../../api/api-error.ts';
import { asApiError } from '../../api/api-error.ts';
import { useApi } from '../../api/use-api.ts';
import { PageLayout } from '../../components/page-layout.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { EmptyView, ErrorView, Loading } from '../../components/status-views.tsx';
import { yearLabel } from '../../format/year-label.ts';
import { RequireSession } from '../../session/require-session.tsx';
import { useView } from '../../view-context.tsx';
import { OwedList } from '../round/owed-list.tsx';
import { RoundList } from './plan-rounds-page.tsx';

interface OpenRound {
  readonly plan: PlanSummaryView;
  readonly round: RoundSummaryView;
}

/**
 * The open rounds of the plans of the user's municipality, and closed ones with a reopened entry
 * of the user's, each with what the user owes.
 */
function useOpenRounds(user: AccountView): OpenRound[] | ApiError | null {
  const [found, setFound] = useState<OpenRound[] | ApiError | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const load = async () => {
      const plans = (await getJson<PlanSummaryView[]>(apiPaths.plans(), controller.signal)).filter(
        (p) => p.municipality.id === user.municipality.id,
      );
      const lists = await Promise.all(
        plans.map(async (plan) => {
          const rounds = await getJson<RoundSummaryView[]>(
            apiPaths.rounds(plan.id),
            controller.signal,
          );
          // A closed round stays while an entry of the reader's was reopened and not approved again.
          return rounds
            .filter((r) => r.state === 'open' || r.reopened > 0)
            .map((round) => ({ plan, round }));
        }),
      );
      return lists.flat();
    };
    load().then(setFound, (error: unknown) => {
      if (!controller.signal.aborted) setFound(asApiError(error));
    });
    return () => controller.abort();
  }, [user.municipality.id]);
  return found;
}

/**
 * Where an editor lands after signing in: the open rounds asking it for entries. With one open
 * round, its entries are listed right here, grouped by KPI, with the due date and their states.
 */
export function MyRoundsPage() {
  const { t } = useView();
  const title = t('myRoundsTitle');
  return (
    <RequireSession title={title} current="my-rounds">
      {(user) => <MyRounds user={user} />}
    </RequireSession>
  );
}

function MyRounds(props: { user: AccountView }) {
  const { t } = useView();
  const found = useOpenRounds(props.user);
  const title = t('myRoundsTitle');
  const only = Array.isArray(found) && found.length === 1 ? found[0] : undefined;
  return (
    <PageLayout title={title} plan={only?.plan} current="my-rounds">
      {found === null ? (
        <>
          <h1>{title}</h1>
          <Loading />
        </>
      ) : !Array.isArray(found) ? (
        <>
          <h1>{title}</h1>
          <ErrorView error={found} />
        </>
      ) : only !== undefined ? (
        <SingleRound open={only} />
      ) : (
        <>
          <h1>{title}</h1>
          {found.length === 0 ? (
            <EmptyView message={t('myRoundsEmpty')} />
          ) : (
            found.map(({ plan, round }) => (
              <RoundList
                key={`${plan.id}-${round.fiscalYear}`}
                planId={plan.id}
                planName={plan.name}
                rounds={[round]}
              />
            ))
          )}
        </>
      )}
    </PageLayout>
  );
}

function SingleRound(props: { open: OpenRound }) {
  const { t, lang } = useView();
  const { plan, round } = props.open;
  const board = useApi<RoundBoardView>(apiPaths.round(plan.id, round.fiscalYear));
  return (
    <>
      <h1>{t('roundMineTitle', { year: yearLabel(round.fiscalYear, lang) })}</h1>
      <Loaded load={board}>{(data) => <OwedList planId={plan.id} board={data} />}</Loaded>
    </>
  );
}
