import type { PublishedEvaluation } from '../../../domain/evaluation.ts';
import { PublishedEvaluations } from './published-evaluations.tsx';
import { memo } from 'react';
import { toNumber } from '../../../domain/decimal.ts';
import type { ReportRow } from '../../../domain/plan-report.ts';
import { GradeBadge } from '../../components/grade-badge.tsx';
import { groupDigits } from '../../../domain/digit-grouping.ts';
import { withUnit } from '../../format/number-text.ts';
import { yearHeading } from '../../format/year-label.ts';
import { Link } from '../../routing/link.tsx';
import { useView } from '../../view-context.tsx';
import { latestFigure, planOfFigure, sparklineSeries } from './latest-figure.ts';
import { sparklinePoints } from './sparkline-path.ts';

const SPARK = { width: 96, height: 28 };

/** A small trend line of the card's figures, with the figures themselves as its label. */
function Sparkline(props: { row: ReportRow }) {
  const { t } = useView();
  const series = sparklineSeries(props.row);
  const values = series.map((f) => (f?.value == null ? null : toNumber(f.value)));
  const points = sparklinePoints(values, SPARK.width, SPARK.height);
  if (values.filter((v) => v !== null).length < 2) return null;
  const label = t('cardTrend', {
    values: series
      .filter((f) => f !== null)
      .map((f) => groupDigits(f.text))
      .join(' → '),
  });
  return (
    <svg
      className="kpi-card__spark"
      viewBox={`0 0 ${SPARK.width} ${SPARK.height}`}
      width={SPARK.width}
      height={SPARK.height}
      role="img"
      aria-label={label}
    >
      <polyline points={points} />
    </svg>
  );
}

/**
 * One KPI of the progress table as a card, for a phone: code and title, the latest figure with
 * its unit, that year's plan where the KPI has yearly plans, target, rate and grade, a sparkline, and the narrative folded. The API's figures.
 */
export const KpiCard = memo(function KpiCard(props: {
  row: ReportRow;
  gradeIndex: number;
  href: string;
  evaluations: readonly PublishedEvaluation[];
}) {
  const { t, lang } = useView();
  const { row } = props;
  const latest = latestFigure(row);
  const plan = planOfFigure(row, latest);
  return (
    <li className="kpi-card" data-code={row.code}>
      <h2 className="kpi-card__title">
        <Link href={props.href}>
          <span className="kpi-code">{row.code}</span>
          {row.tags.includes('★') && (
            <span className="tag" title={t('tagStarLabel')}>
              {' ★ '}
            </span>
          )}{' '}
          {row.title}
        </Link>
      </h2>
      <div className="kpi-card__rate">
        <span className="rate">{row.rate ?? t('noRate')}</span>
        <GradeBadge grade={row.grade} index={props.gradeIndex} />
        {row.atRisk && <span className="risk-flag">{t('atRisk')}</span>}
        <Sparkline row={row} />
      </div>
      <dl className="kpi-card__facts">
        <div>
          <dt>
            {t('cardLatest')}
            {latest && `（${yearHeading(latest.fiscalYear, lang)}）`}
          </dt>
          <dd>{latest ? withUnit(latest.text, row.unit) : '-'}</dd>
        </div>
        {plan && (
          <div className="kpi-card__plan">
            <dt>
              {t('yearPlanRow')}（{yearHeading(plan.fiscalYear, lang)}）
            </dt>
            <dd>{withUnit(plan.text, row.unit)}</dd>
          </div>
        )}
        <div>
          <dt>{t('colTarget')}</dt>
          <dd>{row.target ? withUnit(row.target.value, row.unit) : '-'}</dd>
        </div>
        {row.departmentRows.length > 0 && (
          <div className="kpi-card__departments">
            <dt>{t('cardDepartments')}</dt>
            <dd>
              <ul>
                {row.departmentRows.map((d) => {
                  const figure = d.actuals.findLast((f) => f !== null);
                  return (
                    <li key={d.department}>
                      {d.department}: {figure ? withUnit(figure.text, row.unit) : '-'}
                    </li>
                  );
                })}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      <PublishedEvaluations evaluations={props.evaluations} />
      {row.narratives.length > 0 && (
        <details className="kpi-card__narrative">
          <summary>{t('cardNarrative')}</summary>
          {row.narratives.map((item, index) => (
            <p key={index}>
              {item.department !== null && <strong>{item.department}: </strong>}
              {item.text}
            </p>
          ))}
        </details>
      )}
    </li>
  );
});
