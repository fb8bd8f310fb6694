import type { PlanReportView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { GradeLegend } from '../../components/grade-legend.tsx';
import { PageLayout } from '../../components/page-layout.tsx';
import { Pending } from '../../components/loaded.tsx';
import { YearSwitcher } from '../../components/year-switcher.tsx';
import { yearLabel } from '../../format/year-label.ts';
import { Link } from '../../routing/link.tsx';
import { mayPublish } from '../../session/session-actor.ts';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';
import { unpublishedYears } from '../publication-years.ts';
import { DraftsSwitch, wantsDrafts } from '../draft-marks.tsx';
import { requestedYear, yearHasFigures } from '../report-year.ts';
import { YearWithoutData } from '../year-without-data.tsx';
import { usePublications } from '../use-publications.ts';
import { AtRiskList } from './at-risk-list.tsx';
import { GradeChanges } from './grade-changes.tsx';
import { GradeSummary } from './grade-summary.tsx';
import { PolicySummary } from './policy-summary.tsx';
import { PublicationPanel } from './publication-panel.tsx';

/** A plan's progress in one fiscal year: headline counts, grades by policy, KPIs at risk. */
export function DashboardPage(props: { planId: number }) {
  const { t, lang, search } = useView();
  const { user } = useSession();
  const { state, reload } = useApi<PlanReportView>(
    apiPaths.report(props.planId, requestedYear(search), wantsDrafts(search)),
  );
  const publishing = usePublications(state.status === 'ok' ? state.data.plan : null);
  if (state.status !== 'ok') {
    return (
      <PageLayout title={t('navDashboard')} current="dashboard">
        <h1>{t('navDashboard')}</h1>
        <Pending state={state} onRetry={reload} />
      </PageLayout>
    );
  }
  const report = state.data;
  const title = t('dashboardTitle', { year: yearLabel(report.fiscalYear, lang) });
  return (
    <PageLayout title={title} plan={report.plan} current="dashboard" feed>
      <div className="page-head">
        <h1>{title}</h1>
        <YearSwitcher
          years={report.plan.fiscalYears}
          current={report.fiscalYear}
          unpublished={unpublishedYears(report.plan.fiscalYears, publishing.publications)}
        />
      </div>
      {!yearHasFigures(report) ? (
        <YearWithoutData year={report.fiscalYear} years={report.plan.fiscalYears} />
      ) : (
        <DashboardBody report={report} planId={props.planId} />
      )}
      {mayPublish(user, report.plan.municipality.id) && (
        <PublicationPanel
          plan={report.plan}
          publications={publishing.publications}
          onChanged={publishing.reload}
        />
      )}
    </PageLayout>
  );
}

/** The dashboard of a year with figures: headline, grades, policies, KPIs at risk, changes. */
function DashboardBody(props: { report: PlanReportView; planId: number }) {
  const { t, to } = useView();
  const { report } = props;
  const { summary } = report;
  return (
    <>
      <DraftsSwitch municipalityId={report.plan.municipality.id} count={report.drafts.length} />
      <section aria-labelledby="headline" className="section">
        <h2 id="headline" className="visually-hidden">
          {t('navDashboard')}
        </h2>
        <dl className="stats">
          <div className="stat stat--lead">
            <dt>{t('achievedShare')}</dt>
            <dd>
              {summary.achievedShare ?? t('noRate')}
              <span className="stat__note">
                {t('achievedShareNote', { achieved: summary.achieved, withRate: summary.withRate })}
              </span>
            </dd>
          </div>
          <div className="stat">
            <dt>{t('kpiTotal')}</dt>
            <dd>{summary.kpis}</dd>
          </div>
          <div className="stat">
            <dt>{t('withRate')}</dt>
            <dd>{summary.withRate}</dd>
          </div>
          <div className="stat">
            <dt>{t('averageRate')}</dt>
            <dd>
              {summary.averageRate ?? t('noRate')}
              {summary.cappedAverageRate !== null && (
                <span className="stat__note">
                  {t('averageRateNote', { capped: summary.cappedAverageRate })}
                </span>
              )}
            </dd>
          </div>
          <div className="stat stat--warn">
            <dt>{t('atRiskCount')}</dt>
            <dd>{summary.atRisk}</dd>
          </div>
        </dl>
      </section>
      <GradeLegend labels={report.gradeLabels} cuts={report.gradeCuts} />
      <div className="grid-2">
        <GradeSummary report={report} planId={props.planId} />
        <PolicySummary report={report} planId={props.planId} />
      </div>
      <AtRiskList report={report} planId={props.planId} />
      <GradeChanges report={report} planId={props.planId} />
      <p>
        <Link className="button" href={to({ page: 'table', planId: props.planId })}>
          {t('openTable')}
        </Link>
      </p>
    </>
  );
}
