import type { PlanSummaryView, RoundSummaryView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { PageLayout } from '../../components/page-layout.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { EmptyView } from '../../components/status-views.tsx';
import { yearLabel } from '../../format/year-label.ts';
import { Link } from '../../routing/link.tsx';
import { RequireSession } from '../../session/require-session.tsx';
import { useView } from '../../view-context.tsx';
import { OpenRoundForm } from './open-round-form.tsx';

/** A plan's collection rounds, newest first, each with what the reader owes; admins open one. */
export function PlanRoundsPage(props: { planId: number }) {
  const { t } = useView();
  const title = t('roundsTitle');
  return (
    <RequireSession title={title} current="rounds">
      {(user) => <PlanRounds planId={props.planId} admin={user.role === 'admin'} />}
    </RequireSession>
  );
}

function PlanRounds(props: { planId: number; admin: boolean }) {
  const { t } = useView();
  const plan = useApi<PlanSummaryView>(`/api/plans/${props.planId}`);
  const rounds = useApi<RoundSummaryView[]>(apiPaths.rounds(props.planId));
  const title = t('roundsTitle');
  const summary = plan.state.status === 'ok' ? plan.state.data : undefined;
  return (
    <PageLayout title={title} plan={summary} current="rounds">
      <h1>{title}</h1>
      <p>{t('roundsLead')}</p>
      <Loaded load={rounds}>{(data) => <RoundList planId={props.planId} rounds={data} />}</Loaded>
      {props.admin && rounds.state.status === 'ok' && summary !== undefined && (
        <OpenRoundForm
          planId={props.planId}
          plan={summary}
          taken={rounds.state.data.map((r) => r.fiscalYear)}
          onOpened={rounds.reload}
        />
      )}
    </PageLayout>
  );
}

/** The rounds as links to their boards, with the due date, state and what is still owed. */
export function RoundList(props: {
  planId: number;
  rounds: readonly RoundSummaryView[];
  planName?: string;
}) {
  const { t, lang, to } = useView();
  if (props.rounds.length === 0) return <EmptyView message={t('roundsEmpty')} />;
  return (
    <ul className="round-list">
      {props.rounds.map((round) => (
        <li key={round.fiscalYear} className="card round-list__item" data-round={round.fiscalYear}>
          <Link
            className="round-list__title"
            href={to({ page: 'round', planId: props.planId, fy: round.fiscalYear })}
          >
            {props.planName !== undefined && (
              <span className="round-list__plan">{props.planName}</span>
            )}
            {t('roundTitle', { year: yearLabel(round.fiscalYear, lang) })}
          </Link>
          <span className={`round-state round-state--${round.state}`}>
            {round.state === 'open' ? t('roundStateOpen') : t('roundStateClosed')}
          </span>
          <span>{t('roundDue', { date: round.dueDate })}</span>
          <span>{t('roundOwed', { owed: round.owed, total: round.total })}</span>
        </li>
      ))}
    </ul>
  );
}
