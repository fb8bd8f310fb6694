import { useEffect, useState } from 'react';
import type { PlanReportView } from '../../../domain/api-contract.ts';
import { navigate } from '../../routing/location.ts';
import { useView } from '../../view-context.tsx';
import type { TableQuery, TableSort } from '../../../domain/report-query.ts';
import { reportDepartments, reportTags } from '../../../domain/report-query.ts';

const SORT_LABELS = {
  table: 'sortTable',
  'rate-desc': 'sortRateDesc',
  'rate-asc': 'sortRateAsc',
  department: 'sortDepartment',
} as const satisfies Record<TableSort, string>;

/** The table's filters, search and sort; every change is written to the URL so it can be shared. */
export function TableFilters(props: { report: PlanReportView; query: TableQuery; shown: number }) {
  const { t, here } = useView();
  const { report, query } = props;
  const [text, setText] = useState(query.text);
  useEffect(() => setText(query.text), [query.text]);
  useEffect(() => {
    if (text === query.text) return;
    const timer = window.setTimeout(() => navigate(here({ q: text }), { replace: true }), 200);
    return () => window.clearTimeout(timer);
  }, [text, query.text, here]);
  const set = (key: string) => (event: { target: { value: string } }) =>
    navigate(here({ [key]: event.target.value }));
  const departments = reportDepartments(report.rows);
  const tags = reportTags(report.rows);
  return (
    <form
      className="filters no-print"
      role="search"
      aria-label={t('filters')}
      onSubmit={(event) => {
        event.preventDefault();
        navigate(here({ q: text }), { replace: true });
      }}
    >
      <div className="field field--wide">
        <label htmlFor="filter-q">{t('search')}</label>
        <input
          id="filter-q"
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="filter-policy">{t('filterPolicy')}</label>
        <select id="filter-policy" value={query.policy ?? ''} onChange={set('policy')}>
          <option value="">{t('filterAll')}</option>
          {report.summary.byPolicy.map((p) => (
            <option key={`${p.number} ${p.name}`} value={p.number}>
              {p.number} {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-dept">{t('filterDepartment')}</label>
        <select id="filter-dept" value={query.department ?? ''} onChange={set('dept')}>
          <option value="">{t('filterAll')}</option>
          {departments.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-grade">{t('filterGrade')}</label>
        <select id="filter-grade" value={query.grade ?? ''} onChange={set('grade')}>
          <option value="">{t('filterAll')}</option>
          {report.gradeLabels.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
          <option value="none">{t('gradeNone')}</option>
        </select>
      </div>
      {tags.length > 0 && (
        <div className="field field--check">
          <input
            id="filter-tag"
            type="checkbox"
            checked={query.tag === '★'}
            onChange={(event) => navigate(here({ tag: event.target.checked ? '★' : null }))}
          />
          <label htmlFor="filter-tag">{t('filterTag')}</label>
        </div>
      )}
      <div className="field">
        <label htmlFor="filter-sort">{t('sort')}</label>
        <select
          id="filter-sort"
          value={query.sort === 'table' ? '' : query.sort}
          onChange={set('sort')}
        >
          {Object.entries(SORT_LABELS).map(([value, key]) => (
            <option key={value} value={value === 'table' ? '' : value}>
              {t(key)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__foot">
        <p className="result-count" role="status" aria-live="polite">
          {t('resultCount', { shown: props.shown, total: report.rows.length })}
        </p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            navigate(
              here({ policy: null, dept: null, grade: null, tag: null, q: null, sort: null }),
            )
          }
        >
          {t('clearFilters')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('print')}
        </button>
      </div>
    </form>
  );
}
