import type { PlanReportView } from '../../../domain/api-contract.ts';
import { GradeBadge } from '../../components/grade-badge.tsx';
import { EmptyView } from '../../components/status-views.tsx';
import { yearLabel } from '../../format/year-label.ts';
import type { MessageKey } from '../../i18n/messages-ja.ts';
import { Link } from '../../routing/link.tsx';
import { useView } from '../../view-context.tsx';

const TREND_LABEL: Record<PlanReportView['summary']['changes'][number]['trend'], MessageKey> = {
  up: 'changeUp',
  down: 'changeDown',
  new: 'changeNew',
  lost: 'changeLost',
};

/** The year's changes: KPIs whose grade moved since the previous year, as the API lists them. */
export function GradeChanges(props: { report: PlanReportView; planId: number }) {
  const { t, lang, to } = useView();
  const { report } = props;
  const changes = report.summary.changes;
  const rank = (grade: string | null) => report.gradeLabels.indexOf(grade ?? '');
  const from = changes[0]?.fromYear;
  return (
    <section className="section" aria-labelledby="grade-changes">
      <h2 id="grade-changes">
        {from === undefined
          ? t('changesTitleNoYear')
          : t('changesTitle', { year: yearLabel(from, lang) })}{' '}
        <span className="count">({changes.length})</span>
      </h2>
      {changes.length === 0 ? (
        <EmptyView message={t('changesEmpty')} />
      ) : (
        <ul className="risk-list">
          {changes.map((change) => (
            <li key={change.code} className={`risk-list__item card change change--${change.trend}`}>
              <Link
                className="risk-list__title"
                href={to({ page: 'kpi', planId: props.planId, code: change.code })}
              >
                <span className="kpi-code">{change.code}</span> {change.title}
              </Link>
              <span className="risk-list__facts">
                <strong>{t(TREND_LABEL[change.trend])}</strong>
                <span>
                  {change.fromRate ?? t('noRate')}{' '}
                  <GradeBadge grade={change.fromGrade} index={rank(change.fromGrade)} />
                  {' → '}
                  {change.toRate ?? t('noRate')}{' '}
                  <GradeBadge grade={change.toGrade} index={rank(change.toGrade)} />
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
