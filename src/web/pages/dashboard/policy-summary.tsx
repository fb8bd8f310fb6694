import type { PlanReportView } from '../../../domain/api-contract.ts';
import { Link } from '../../routing/link.tsx';
import { useView } from '../../view-context.tsx';

/** Grades by basic policy, as a table whose policy names open the filtered progress table. */
export function PolicySummary(props: { report: PlanReportView; planId: number }) {
  const { t, to } = useView();
  const { report } = props;
  return (
    <section className="section card" aria-labelledby="by-policy">
      <h2 id="by-policy">{t('byPolicy')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="by-policy" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('colPolicy')}</th>
              <th scope="col" className="num">
                {t('kpiTotal')}
              </th>
              {report.gradeLabels.map((grade) => (
                <th key={grade} scope="col" className="num">
                  {grade}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.summary.byPolicy.map((policy) => (
              <tr key={`${policy.number} ${policy.name}`}>
                <th scope="row">
                  <Link
                    href={to({ page: 'table', planId: props.planId }, { policy: policy.number })}
                  >
                    {policy.number} {policy.name}
                  </Link>
                </th>
                <td className="num">{policy.kpis}</td>
                {policy.byGrade.map((entry) => (
                  <td key={entry.grade} className="num">
                    {entry.count}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
