import type { Role } from '../../../domain/access.ts';
import type { PlanSummaryView, RoundBoardView } from '../../../domain/api-contract.ts';
import { fiscalYear } from '../../../domain/fiscal-year.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { PageLayout } from '../../components/page-layout.tsx';
import { Loaded } from '../../components/loaded.tsx';
import { yearLabel } from '../../format/year-label.ts';
import { Link } from '../../routing/link.tsx';
import { RequireSession } from '../../session/require-session.tsx';
import { useView } from '../../view-context.tsx';
import { OwedList } from './owed-list.tsx';
import { RoundBoard } from './round-board.tsx';

/**
 * One round: an editor's list of what it owes (its own departments' entries, by KPI); for the
 * planning division the board, progress per department and every entry with its moves.
 */
export function RoundPage(props: { planId: number; fy: number }) {
  const { t, lang } = useView();
  const title = t('roundTitle', { year: yearLabel(fiscalYear(props.fy), lang) });
  return (
    <RequireSession title={title} current="rounds">
      {(user) => <Round planId={props.planId} fy={props.fy} role={user.role} />}
    </RequireSession>
  );
}

function Round(props: { planId: number; fy: number; role: Role }) {
  const { t, lang, to } = useView();
  const year = fiscalYear(props.fy);
  const plan = useApi<PlanSummaryView>(`/api/plans/${props.planId}`);
  const board = useApi<RoundBoardView>(apiPaths.round(props.planId, year));
  const editor = props.role === 'editor';
  const title = t(editor ? 'roundMineTitle' : 'roundTitle', { year: yearLabel(year, lang) });
  return (
    <PageLayout
      title={title}
      plan={plan.state.status === 'ok' ? plan.state.data : undefined}
      current="rounds"
    >
      <p className="breadcrumb no-print">
        <Link href={to({ page: 'rounds', planId: props.planId })}>← {t('roundsTitle')}</Link>
      </p>
      <h1>{title}</h1>
      <Loaded load={board}>
        {(data) =>
          editor ? (
            <OwedList planId={props.planId} board={data} />
          ) : (
            <RoundBoard
              planId={props.planId}
              board={data}
              admin={props.role === 'admin'}
              onChanged={board.reload}
            />
          )
        }
      </Loaded>
    </PageLayout>
  );
}
