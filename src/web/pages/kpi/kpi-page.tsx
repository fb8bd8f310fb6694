import type { KpiDetailView, RoundSummaryView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { GradeBadge } from '../../components/grade-badge.tsx';
import { PageLayout } from '../../components/page-layout.tsx';
import { Pending } from '../../components/loaded.tsx';
import { YearSwitcher } from '../../components/year-switcher.tsx';
import { groupDigits } from '../../../domain/digit-grouping.ts';
import { rowCountsWholeNumbers, withUnit } from '../../format/number-text.ts';
import { yearLabel } from '../../format/year-label.ts';
import { projectionValueText } from '../../format/projection-text.ts';
import { Link } from '../../routing/link.tsx';
import { isMember, mayEnter } from '../../session/session-actor.ts';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';
import { unpublishedYears } from '../publication-years.ts';
import { DraftsSwitch, wantsDrafts } from '../draft-marks.tsx';
import { requestedYear, yearHasFigures } from '../report-year.ts';
import { YearWithoutData } from '../year-without-data.tsx';
import { usePublications } from '../use-publications.ts';
import { DepartmentFigures } from './department-figures.tsx';
import { KpiChanges } from './kpi-changes.tsx';
import { KpiEvaluations } from './kpi-evaluations.tsx';
import { KpiLife, KpiLifeChanges } from './kpi-life.tsx';
import { ValidRangeForm } from './valid-range-form.tsx';
import { MilestoneForm } from './milestone-form.tsx';
import { FigureHistory, NarrativesByYear } from './kpi-history.tsx';
import { RateExplanation } from './rate-explanation.tsx';
import { TrendChart } from './trend-chart.tsx';
import { TrendDataTable } from './trend-data-table.tsx';
import { YearEntry } from './year-entry.tsx';

/** One KPI: its rate and how it is computed, the trend, the departments' figures, the narratives. */
export function KpiPage(props: { planId: number; code: string }) {
  const { t, lang, search, to } = useView();
  const { user } = useSession();
  const { state, reload } = useApi<KpiDetailView>(
    apiPaths.kpi(props.planId, props.code, requestedYear(search), wantsDrafts(search)),
  );
  const { publications } = usePublications(state.status === 'ok' ? state.data.plan : null);
  const member =
    state.status === 'ok' && isMember(user, state.data.plan.municipality.id)
      ? state.data.plan
      : null;
  const rounds = useApi<RoundSummaryView[]>(member === null ? null : apiPaths.rounds(member.id));
  const heading = t('kpiTitle', { code: props.code });
  if (state.status !== 'ok') {
    return (
      <PageLayout title={heading}>
        <h1>{heading}</h1>
        <Pending state={state} onRetry={reload} />
      </PageLayout>
    );
  }
  const detail = state.data;
  const { row } = detail;
  // An editor enters the year's figures and self-evaluation while its round is open.
  const entryOpen =
    user?.role === 'admin' ||
    (rounds.state.status === 'ok' &&
      rounds.state.data.some((r) => r.fiscalYear === detail.fiscalYear && r.state === 'open'));
  const municipalityId = detail.plan.municipality.id;
  return (
    <PageLayout title={`${row.code} ${row.title}`} plan={detail.plan} feed>
      <p className="breadcrumb">
        <Link href={to({ page: 'table', planId: props.planId })}>← {t('backToTable')}</Link>
      </p>
      <div className="page-head">
        <h1>
          <span className="kpi-code">{row.code}</span>{' '}
          {row.tags.includes('★') && (
            <span className="tag" title={t('tagStarLabel')}>
              ★{' '}
            </span>
          )}
          {row.title}
        </h1>
        <YearSwitcher
          years={detail.plan.fiscalYears}
          current={detail.fiscalYear}
          unpublished={unpublishedYears(detail.plan.fiscalYears, publications)}
        />
      </div>
      <DraftsSwitch municipalityId={municipalityId} count={null} />
      {!yearHasFigures(detail) ? (
        <YearWithoutData year={detail.fiscalYear} years={detail.plan.fiscalYears} />
      ) : (
        <>
          {row.note !== null && <p className="kpi-note">{row.note}</p>}
          <div className="kpi-headline">
            <div className="kpi-headline__rate">
              <span className="label">
                {t('colRate')}（{yearLabel(detail.fiscalYear, lang)}）
              </span>
              <span className="big-rate">{row.rate ?? t('noRate')}</span>
              <GradeBadge grade={row.grade} index={detail.gradeLabels.indexOf(row.grade ?? '')} />
              {row.projection && (
                <p className={row.atRisk ? 'risk-flag' : 'on-course'}>
                  {t('projectionText', {
                    year: yearLabel(row.projection.targetYear, lang),
                    value: projectionValueText(row.projection, row.unit, t),
                    verdict: row.atRisk ? t('atRisk') : t('onCourse'),
                  })}
                </p>
              )}
              <ReductionLine row={row} progress={detail.reductionProgress} />
            </div>
            <dl className="facts kpi-headline__facts">
              <div>
                <dt>{t('colPolicy')}</dt>
                <dd>
                  {row.policy.number} {row.policy.name}
                </dd>
              </div>
              <div>
                <dt>{t('colTheme')}</dt>
                <dd>
                  {row.theme.number} {row.theme.name}
                </dd>
              </div>
              <div>
                <dt>{t('colDepartment')}</dt>
                <dd>{row.departments.join('・')}</dd>
              </div>
              <div>
                <dt>{t('colBaseline')}</dt>
                <dd>
                  {row.baseline
                    ? `${withUnit(row.baseline.value, row.unit)}${row.baseline.fiscalYear === null ? '' : `（${yearLabel(row.baseline.fiscalYear, lang)}）`}`
                    : '-'}
                </dd>
              </div>
              <div>
                <dt>{t('colTarget')}</dt>
                <dd>
                  {row.target
                    ? `${withUnit(groupDigits(row.target.value), row.unit)}${row.target.fiscalYear === null ? '' : `（${yearLabel(row.target.fiscalYear, lang)}）`}`
                    : '-'}
                </dd>
              </div>
              <div>
                <dt>{t('colCounting')}</dt>
                <dd>{row.counting === 'cumulative' ? t('cumulative') : t('singleYear')}</dd>
              </div>
              {row.extras.map((extra) => (
                <div key={extra.label}>
                  <dt>{extra.label}</dt>
                  <dd>{extra.text}</dd>
                </div>
              ))}
            </dl>
          </div>
          <RateExplanation row={row} />
          <section className="section" aria-labelledby="trend">
            <h2 id="trend">{t('trendTitle')}</h2>
            <div className="trend">
              <TrendChart points={detail.trend} />
              <TrendDataTable
                points={detail.trend}
                unit={row.unit}
                wholeNumbers={rowCountsWholeNumbers(row)}
              />
            </div>
          </section>
          <DepartmentFigures row={row} years={detail.years} />
        </>
      )}
      {mayEnter(user, municipalityId, row.departments) && entryOpen && (
        <YearEntry planId={props.planId} detail={detail} onSaved={reload} />
      )}
      <KpiEvaluations planId={props.planId} detail={detail} selfOpen={entryOpen} onSaved={reload} />
      <KpiLife planId={props.planId} detail={detail} />
      {user?.role === 'admin' && isMember(user, municipalityId) && (
        <>
          <KpiLifeChanges planId={props.planId} detail={detail} onSaved={reload} />
          <MilestoneForm planId={props.planId} detail={detail} onSaved={reload} />
          <ValidRangeForm planId={props.planId} detail={detail} onSaved={reload} />
        </>
      )}
      <NarrativesByYear detail={detail} />
      <FigureHistory detail={detail} />
      {isMember(user, municipalityId) && <KpiChanges changes={detail.changes} />}
    </PageLayout>
  );
}

/** ⑦: a reduction KPI's progress from its baseline, beside its rate (target ÷ actual). */
function ReductionLine(props: {
  row: KpiDetailView['row'];
  progress: KpiDetailView['reductionProgress'];
}) {
  const { t } = useView();
  const { progress } = props;
  if (progress === null) return null;
  return (
    <p className="reduction-progress" data-testid="reduction-progress">
      {progress.rate === null
        ? t('reductionProgressNone')
        : t('reductionProgress', {
            done: withUnit(progress.done, props.row.unit),
            planned: withUnit(progress.planned, props.row.unit),
            rate: progress.rate,
          })}
    </p>
  );
}
