import type { PublishedEvaluation } from '../../../domain/evaluation.ts';
import { memo } from 'react';
import type { FiscalYear } from '../../../domain/fiscal-year.ts';
import type { ReportFigure, ReportRow } from '../../../domain/plan-report.ts';
import { GradeBadge } from '../../components/grade-badge.tsx';
import { groupDigits } from '../../../domain/digit-grouping.ts';
import { CUMULATIVE_LABEL_KEY } from '../../format/cumulative-label.ts';
import { yearHeading } from '../../format/year-label.ts';
import { Link } from '../../routing/link.tsx';
import { useView } from '../../view-context.tsx';
import { DraftMark } from '../draft-marks.tsx';
import { NarrativeCell } from './narrative-cell.tsx';

interface TableProps {
  readonly rows: readonly ReportRow[];
  readonly years: readonly FiscalYear[];
  /** The report's fiscal year. */
  readonly year: FiscalYear;
  readonly gradeLabels: readonly string[];
  readonly planId: number;
  readonly caption: string;
  /** Print policy and theme names once per group, as the published table does. */
  readonly grouped: boolean;
  /**
   * The report year's actuals only, the narrative taking the room the other years had: how a
   * 1,366 px laptop reads the table without scrolling sideways (issue 23).
   */
  readonly compact: boolean;
  /** The year's published evaluations (issue 21), printed under each KPI's narrative. */
  readonly evaluations: readonly PublishedEvaluation[];
}

function FigureCells(props: {
  figures: readonly (ReportFigure | null)[];
  code: string;
  kind: 'actual' | 'cumulative';
  department: string | null;
}) {
  return (
    <>
      {props.figures.map((figure, index) => (
        <td key={index} className="num">
          {figure === null ? '' : groupDigits(figure.text)}
          {figure !== null && (
            <DraftMark
              code={props.code}
              kind={props.kind}
              department={props.department}
              year={figure.fiscalYear}
            />
          )}
        </td>
      ))}
    </>
  );
}

/**
 * The progress table in the published layout: 基本方針 / テーマプログラム / KPI / 担当課 / 基準値 /
 * 単位 / 単年度・累計 / actuals by year / 目標値 / 達成率 / 取組内容, with a KPI's per-department and
 * cumulative rows beneath it. Every figure and rate is the API's, digits grouped for reading.
 */
export const ProgressTable = memo(function ProgressTable(props: TableProps) {
  const { t, lang, to } = useView();
  const { rows } = props;
  // The year columns shown, by their place in the report's years.
  const shown = props.years.flatMap((y, i) => (!props.compact || y === props.year ? [i] : []));
  const years = shown.flatMap((i) => props.years[i] ?? []);
  return (
    <div className="table-frame" role="region" aria-label={props.caption} tabIndex={0}>
      <table
        className={props.compact ? 'progress-table progress-table--compact' : 'progress-table'}
      >
        <caption className="visually-hidden">{props.caption}</caption>
        <colgroup>
          <col className="w-policy" />
          <col className="w-theme" />
          <col className="w-kpi" />
          <col className="w-dept" />
          <col className="w-figure" />
          <col className="w-unit" />
          <col className="w-counting" />
          {years.map((year) => (
            <col key={year} className="w-figure" />
          ))}
          <col className="w-figure" />
          <col className="w-rate" />
          <col className="w-narrative" />
        </colgroup>
        <thead>
          <tr className="head-1">
            <th scope="col" rowSpan={2} className="col-policy">
              {t('colPolicy')}
            </th>
            <th scope="col" rowSpan={2} className="col-theme">
              {t('colTheme')}
            </th>
            <th scope="col" rowSpan={2} className="col-kpi">
              {t('colKpi')}
            </th>
            <th scope="col" rowSpan={2} className="col-dept">
              {t('colDepartment')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('colBaseline')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('colUnit')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('colCounting')}
            </th>
            <th scope="colgroup" colSpan={years.length}>
              {t('colActuals')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('colTarget')}
            </th>
            <th scope="col" rowSpan={2}>
              {t('colRate')}
            </th>
            <th scope="col" rowSpan={2} className="col-narrative">
              {t('colNarrative')}
            </th>
          </tr>
          <tr className="head-2">
            {years.map((year) => (
              <th key={year} scope="col">
                {yearHeading(year, lang)}
              </th>
            ))}
          </tr>
        </thead>
        {rows.map((row, index) => {
          const previous = index > 0 ? rows[index - 1] : undefined;
          const newPolicy = !props.grouped || previous?.policy.number !== row.policy.number;
          const newTheme = newPolicy || previous?.theme.number !== row.theme.number;
          return (
            <KpiRows
              key={row.code}
              row={row}
              showPolicy={newPolicy}
              showTheme={newTheme}
              gradeIndex={props.gradeLabels.indexOf(row.grade ?? '')}
              href={to({ page: 'kpi', planId: props.planId, code: row.code })}
              shown={shown}
              year={props.year}
              evaluations={props.evaluations.filter((e) => e.code === row.code)}
            />
          );
        })}
      </table>
    </div>
  );
});

const KpiRows = memo(function KpiRows(props: {
  row: ReportRow;
  showPolicy: boolean;
  showTheme: boolean;
  gradeIndex: number;
  href: string;
  /** The places of the year columns shown among the report's years. */
  shown: readonly number[];
  /** The report's year, whose narratives the row shows. */
  year: FiscalYear;
  evaluations: readonly PublishedEvaluation[];
}) {
  const { t } = useView();
  const { row } = props;
  const pick = (figures: readonly (ReportFigure | null)[]) =>
    props.shown.map((i) => figures[i] ?? null);
  const ownFigures = row.actuals.some((f) => f !== null);
  // Where only departments report (⑰, ⑱), the first department's figures share the KPI's line.
  const [first, ...rest] = row.departmentRows;
  const leadDepartment = !ownFigures && first !== undefined ? first : undefined;
  const extraRows = leadDepartment ? rest : row.departmentRows;
  const span = 1 + extraRows.length + (row.cumulativeRow ? 1 : 0) + (row.plans ? 1 : 0);
  return (
    <tbody className={props.showPolicy ? 'kpi-group kpi-group--policy' : 'kpi-group'}>
      <tr>
        <td rowSpan={span} className="col-policy">
          {props.showPolicy && `${row.policy.number} ${row.policy.name}`}
        </td>
        <td rowSpan={span} className="col-theme">
          {props.showTheme && (
            <>
              {row.theme.number} {row.theme.name}
              {row.theme.actionItems.length > 0 && ` (${row.theme.actionItems.join('.')})`}
            </>
          )}
        </td>
        <th scope="row" rowSpan={span} className="col-kpi">
          <Link href={props.href}>
            <span className="kpi-code">{row.code}</span>
            {row.tags.includes('★') && (
              <span className="tag" title={t('tagStarLabel')}>
                {' ★ '}
              </span>
            )}
            {row.title}
          </Link>
          {row.note !== null && <span className="kpi-note">{row.note}</span>}
        </th>
        <td className="col-dept">
          {leadDepartment ? leadDepartment.department : row.departments.join('\n')}
        </td>
        <td rowSpan={span} className="num">
          {row.baseline ? groupDigits(row.baseline.value) : '-'}
        </td>
        <td rowSpan={span} className="col-unit">
          {row.unit}
        </td>
        <td className="col-counting">
          {row.counting === 'cumulative' ? t('cumulative') : t('singleYear')}
        </td>
        <FigureCells
          figures={pick(leadDepartment ? leadDepartment.actuals : row.actuals)}
          code={row.code}
          kind="actual"
          department={leadDepartment ? leadDepartment.department : null}
        />
        <td rowSpan={span} className="num">
          {row.target ? groupDigits(row.target.value) : ''}
        </td>
        <td rowSpan={span} className="col-rate">
          <span className="rate">{row.rate ?? t('noRate')}</span>
          {row.grade !== null && <GradeBadge grade={row.grade} index={props.gradeIndex} />}
          {row.atRisk && <span className="risk-flag">{t('atRisk')}</span>}
        </td>
        <NarrativeCell
          narratives={row.narratives}
          code={row.code}
          year={props.year}
          rowSpan={span}
          evaluations={props.evaluations}
        />
      </tr>
      {extraRows.map((d) => (
        <tr key={d.department} className="sub-row">
          <td className="col-dept">{d.department}</td>
          <td className="col-counting" />
          <FigureCells
            figures={pick(d.actuals)}
            code={row.code}
            kind="actual"
            department={d.department}
          />
        </tr>
      ))}
      {row.cumulativeRow && (
        <tr className="sub-row sub-row--total">
          <td />
          <td className="col-counting">{t(CUMULATIVE_LABEL_KEY[row.cumulativeLabel])}</td>
          <FigureCells
            figures={pick(row.cumulativeRow)}
            code={row.code}
            kind="cumulative"
            department={null}
          />
        </tr>
      )}
      {row.plans && (
        <tr className="sub-row sub-row--plan">
          <td />
          <td className="col-counting">{t('yearPlanRow')}</td>
          {pick(row.plans).map((figure, index) => (
            <td key={index} className="num">
              {figure === null ? '' : groupDigits(figure.text)}
            </td>
          ))}
        </tr>
      )}
    </tbody>
  );
});
