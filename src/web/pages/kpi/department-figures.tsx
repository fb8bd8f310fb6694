import type { FiscalYear } from '../../../domain/fiscal-year.ts';
import type { ReportRow } from '../../../domain/plan-report.ts';
import { CUMULATIVE_LABEL_KEY } from '../../format/cumulative-label.ts';
import { withUnit } from '../../format/number-text.ts';
import { yearHeading } from '../../format/year-label.ts';
import { useView } from '../../view-context.tsx';

/** A KPI's figures by department and year (⑰, ⑱), with its cumulative or total row. */
export function DepartmentFigures(props: { row: ReportRow; years: readonly FiscalYear[] }) {
  const { t, lang } = useView();
  const { row, years } = props;
  if (row.departmentRows.length === 0 && row.cumulativeRow === null) return null;
  const cell = (text: string | undefined) => (text === undefined ? '' : withUnit(text, row.unit));
  return (
    <section className="section" aria-labelledby="dept-figures">
      <h2 id="dept-figures">{t('departmentFigures')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="dept-figures" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('colDepartment')}</th>
              {years.map((year) => (
                <th key={year} scope="col" className="num">
                  {yearHeading(year, lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {row.actuals.some((f) => f !== null) && (
              <tr>
                <th scope="row">{row.departments.join('・')}</th>
                {row.actuals.map((f, i) => (
                  <td key={i} className="num">
                    {cell(f?.text)}
                  </td>
                ))}
              </tr>
            )}
            {row.departmentRows.map((d) => (
              <tr key={d.department}>
                <th scope="row">{d.department}</th>
                {d.actuals.map((f, i) => (
                  <td key={i} className="num">
                    {cell(f?.text)}
                  </td>
                ))}
              </tr>
            ))}
            {row.cumulativeRow && (
              <tr className="sub-row--total">
                <th scope="row">{t(CUMULATIVE_LABEL_KEY[row.cumulativeLabel])}</th>
                {row.cumulativeRow.map((f, i) => (
                  <td key={i} className="num">
                    {cell(f?.text)}
                  </td>
                ))}
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
