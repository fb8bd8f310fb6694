import { useMemo, useState } from 'react';
import type { PlanReportView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { GradeLegend } from '../../components/grade-legend.tsx';
import { PageLayout } from '../../components/page-layout.tsx';
import { useNarrowScreen, useWideScreen } from '../../components/use-narrow-screen.ts';
import { Pending } from '../../components/loaded.tsx';
import { EmptyView } from '../../components/status-views.tsx';
import { YearSwitcher } from '../../components/year-switcher.tsx';
import { yearLabel } from '../../format/year-label.ts';
import { useView } from '../../view-context.tsx';
import { unpublishedYears } from '../publication-years.ts';
import { DraftMarks, DraftsSwitch, wantsDrafts } from '../draft-marks.tsx';
import { requestedYear, yearHasFigures } from '../report-year.ts';
import { YearWithoutData } from '../year-without-data.tsx';
import { usePublications } from '../use-publications.ts';
import { DownloadMenu } from './download-menu.tsx';
import { KpiCardList } from './kpi-card-list.tsx';
import { ProgressTable } from './progress-table.tsx';
import { TableFilters } from './table-filters.tsx';
import { isFiltered, parseTableQuery, queryRows } from '../../../domain/report-query.ts';
import { planTitle } from '../../format/plan-title.ts';

/** The published progress table of a fiscal year, filtered, searched and sorted from the URL. */
export function ProgressTablePage(props: { planId: number }) {
  const { t, lang, search } = useView();
  const { state, reload } = useApi<PlanReportView>(
    apiPaths.report(props.planId, requestedYear(search), wantsDrafts(search)),
  );
  const { publications } = usePublications(state.status === 'ok' ? state.data.plan : null);
  const narrow = useNarrowScreen();
  const wide = useWideScreen();
  // On a laptop the report year's actuals only, unless the reader asks for every year.
  const [allYears, setAllYears] = useState(false);
  const compact = !wide && !allYears;
  const query = useMemo(() => parseTableQuery(search), [search]);
  const rows = useMemo(
    () => (state.status === 'ok' ? queryRows(state.data.rows, query) : []),
    [state, query],
  );
  if (state.status !== 'ok') {
    return (
      <PageLayout title={t('navTable')} current="table">
        <h1>{t('navTable')}</h1>
        <Pending state={state} onRetry={reload} />
      </PageLayout>
    );
  }
  const report = state.data;
  const title = t('tableTitle', { year: yearLabel(report.fiscalYear, lang) });
  return (
    <PageLayout title={title} plan={report.plan} current="table" wide feed>
      <div className="page-head">
        <h1>
          <span className="print-only">{planTitle(report.plan)} </span>
          {title}
        </h1>
        <YearSwitcher
          years={report.plan.fiscalYears}
          current={report.fiscalYear}
          unpublished={unpublishedYears(report.plan.fiscalYears, publications)}
        />
      </div>
      {!yearHasFigures(report) ? (
        <YearWithoutData year={report.fiscalYear} years={report.plan.fiscalYears} />
      ) : (
        <>
          <DraftsSwitch municipalityId={report.plan.municipality.id} count={report.drafts.length} />
          {narrow ? (
            // A phone folds the tools, so the first KPI is on the first screen (issue 23).
            <details className="phone-tools" open={isFiltered(query)}>
              <summary>
                {t('phoneTools', { shown: rows.length, total: report.rows.length })}
              </summary>
              <TableFilters report={report} query={query} shown={rows.length} />
              <GradeLegend labels={report.gradeLabels} cuts={report.gradeCuts} />
              <DownloadMenu planId={props.planId} year={report.fiscalYear} query={query} />
            </details>
          ) : (
            <>
              <DownloadMenu planId={props.planId} year={report.fiscalYear} query={query} />
              <TableFilters report={report} query={query} shown={rows.length} />
              <GradeLegend labels={report.gradeLabels} cuts={report.gradeCuts} />
            </>
          )}
          {rows.length === 0 ? (
            <EmptyView message={report.rows.length === 0 ? t('empty') : t('noMatch')} />
          ) : (
            <DraftMarks drafts={report.drafts}>
              {narrow ? (
                <KpiCardList
                  evaluations={report.evaluations}
                  rows={rows}
                  gradeLabels={report.gradeLabels}
                  planId={props.planId}
                  caption={title}
                />
              ) : (
                <>
                  {!wide && report.years.length > 1 && (
                    <p className="no-print">
                      <button
                        type="button"
                        className="button button--secondary"
                        aria-pressed={allYears}
                        onClick={() => setAllYears((all) => !all)}
                      >
                        {allYears ? t('tableReportYearOnly') : t('tableAllYears')}
                      </button>
                    </p>
                  )}
                  <ProgressTable
                    compact={compact}
                    rows={rows}
                    years={report.years}
                    year={report.fiscalYear}
                    gradeLabels={report.gradeLabels}
                    planId={props.planId}
                    caption={title}
                    grouped={query.sort === 'table'}
                    evaluations={report.evaluations}
                  />
                </>
              )}
            </DraftMarks>
          )}
        </>
      )}
    </PageLayout>
  );
}
