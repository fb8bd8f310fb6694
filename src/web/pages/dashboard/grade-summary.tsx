import type { PlanReportView } from '../../../domain/api-contract.ts';
import { GradeBadge } from '../../components/grade-badge.tsx';
import { Link } from '../../routing/link.tsx';
import { useView } from '../../view-context.tsx';

/** How many KPIs have each grade, each count linking to the table filtered by it. */
export function GradeSummary(props: { report: PlanReportView; planId: number }) {
  const { t, to } = useView();
  const { byGrade, kpis, withRate } = props.report.summary;
  const widest = Math.max(1, ...byGrade.map((g) => g.count));
  return (
    <section className="section card" aria-labelledby="by-grade">
      <h2 id="by-grade">{t('byGrade')}</h2>
      <ul className="bars">
        {byGrade.map((entry, index) => (
          <li key={entry.grade} className="bars__row">
            <GradeBadge grade={entry.grade} index={index} />
            <span className="bars__track" aria-hidden="true">
              <span
                className={`bars__fill grade-fill--${index}`}
                style={{ width: `${(entry.count / widest) * 100}%` }}
              />
            </span>
            <Link
              className="bars__count"
              href={to({ page: 'table', planId: props.planId }, { grade: entry.grade })}
              aria-label={`${t('gradeLabel', { grade: entry.grade })}: ${entry.count}`}
            >
              {entry.count}
            </Link>
          </li>
        ))}
        <li className="bars__row">
          <GradeBadge grade={null} />
          <span className="bars__track" aria-hidden="true" />
          <span className="bars__count">{kpis - withRate}</span>
        </li>
      </ul>
    </section>
  );
}
