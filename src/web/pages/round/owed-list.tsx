import type { RoundBoardEntryView, RoundBoardView } from '../../../domain/api-contract.ts';
import { EntryStateBadge } from '../../components/entry-state-badge.tsx';
import { EmptyView } from '../../components/status-views.tsx';
import { yearLabel } from '../../format/year-label.ts';
import { Link } from '../../routing/link.tsx';
import { useView } from '../../view-context.tsx';

/** The entries grouped by KPI, in the plan's order (⑰ may list several of one editor's departments). */
function byKpi(entries: readonly RoundBoardEntryView[]): RoundBoardEntryView[][] {
  const groups = new Map<string, RoundBoardEntryView[]>();
  for (const entry of entries) groups.set(entry.code, [...(groups.get(entry.code) ?? []), entry]);
  return [...groups.values()];
}

/**
 * What an editor owes in the round: the due date, and each entry of its departments with its
 * state, the planning division's latest comment, and a link to its form. Nothing else to hunt for.
 */
export function OwedList(props: { planId: number; board: RoundBoardView }) {
  const { t, lang, to } = useView();
  const { board } = props;
  const year = yearLabel(board.round.fiscalYear, lang);
  if (board.entries.length === 0) return <EmptyView message={t('roundMineEmpty')} />;
  const owed = board.entries.filter((e) => e.owed).length;
  const closed = board.round.state === 'closed';
  return (
    <>
      <p className="round-lead">
        {closed
          ? t('roundMineClosedLead', { year })
          : t('roundMineLead', { year, date: board.round.dueDate })}{' '}
        <strong>{t('roundOwed', { owed, total: board.entries.length })}</strong>
      </p>
      {owed === 0 && (
        <p className="status" role="status">
          {t('roundMineDone')}
        </p>
      )}
      <ul className="owed-list">
        {byKpi(board.entries).map((group) => (
          <li key={group[0]?.code} className="card owed-list__kpi" data-kpi={group[0]?.code}>
            <h2 className="owed-list__title">
              <span className="kpi-code">{group[0]?.code}</span> {group[0]?.title}
            </h2>
            <ul className="owed-list__entries">
              {group.map((entry) => {
                const comment = entry.comments.at(-1);
                return (
                  <li key={entry.department} data-department={entry.department}>
                    <span className="owed-list__department">{entry.department}</span>
                    <EntryStateBadge state={entry.state} overdue={entry.overdue} />
                    {entry.reopened && (
                      <span className="entry-state entry-state--reopened">{t('reopened')}</span>
                    )}
                    {comment && (entry.state === 'returned' || (entry.reopened && entry.owed)) && (
                      <span className="owed-list__comment">
                        {t('colComment')}: {comment.text}
                      </span>
                    )}
                    <Link
                      className={entry.owed ? 'button' : 'button button--secondary'}
                      href={to(
                        {
                          page: 'entry',
                          planId: props.planId,
                          fy: board.round.fiscalYear,
                          code: entry.code,
                        },
                        { department: entry.department },
                      )}
                      aria-label={`${entry.code} ${entry.department} ${entry.owed ? t('entryInput') : t('entryView')}`}
                    >
                      {entry.owed ? t('entryInput') : t('entryView')}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
