import type { PlanReportView } from '../../../domain/api-contract.ts';
import { GradeBadge } from '../../components/grade-badge.tsx';
import { EmptyView } from '../../components/status-views.tsx';
import { withUnit } from '../../format/number-text.ts';
import { yearLabel } from '../../format/year-label.ts';
import { Link } from '../../routing/link.tsx';
import { useView } from '../../view-context.tsx';
import { projectionValueText } from '../../format/projection-text.ts';

/** The KPIs whose trend misses the target by the target year, as the API flags them. */
export function AtRiskList(props: { report: PlanReportView; planId: number }) {
  const { t, lang, to } = useView();
  const { report } = props;
  const rows = report.rows.filter((row) => row.atRisk);
  return (
    <section className="section" aria-labelledby="at-risk">
      <h2 id="at-risk">
        {t('atRiskTitle')} <span className="count">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <EmptyView message={t('atRiskEmpty')} />
      ) : (
        <ul className="risk-list">
          {rows.map((row) => (
            <li key={row.code} className="risk-list__item card">
              <Link
                className="risk-list__title"
                href={to({ page: 'kpi', planId: props.planId, code: row.code })}
              >
                <span className="kpi-code">{row.code}</span> {row.title}
              </Link>
              <span className="risk-list__facts">
                <span>
                  {t('colRate')}: <strong>{row.rate ?? t('noRate')}</strong>
                </span>
                <GradeBadge grade={row.grade} index={report.gradeLabels.indexOf(row.grade ?? '')} />
                {row.projection && row.target && (
                  <span>
                    {t('projectedIn', { year: yearLabel(row.projection.targetYear, lang) })}:{' '}
                    {projectionValueText(row.projection, row.unit, t)} / {t('colTarget')}{' '}
                    {withUnit(row.target.value, row.unit)}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
