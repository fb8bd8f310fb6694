import { isPrintedGrade } from '../../../domain/grade-scale.ts';
import { GradeLegend } from '../../components/grade-legend.tsx';
import type { ReactNode } from 'react';
import type {
  ImportPreviewView,
  ImportYearOnYearView,
  ImportYearRateView,
} from '../../../domain/api-contract.ts';
import type { ColumnRoleName } from '../../../domain/column-role-name.ts';
import { COLUMN_ROLE_NAMES } from '../../../domain/column-role-name.ts';
import { columnLetter } from '../../../domain/column-letter.ts';
import { useView } from '../../view-context.tsx';
import { ROLE_LABEL, ROW_KIND_LABEL } from './import-labels.ts';
import { columnReason, kpiCheckText, problemText, unplacedReason } from './import-words.ts';

/** Roles set on the page, by 1-based column: what the next read and the import send. */
export type RoleChoices = Readonly<Record<number, ColumnRoleName>>;

/** The columns as read: letter, header, the role (a select to correct it) and why. */
export function ImportColumns(props: {
  preview: ImportPreviewView;
  choices: RoleChoices;
  onChoose: (column: number, role: ColumnRoleName) => void;
}) {
  const { t, lang } = useView();
  return (
    <section className="section" aria-labelledby="import-columns">
      <h2 id="import-columns">{t('importColumnsHeading')}</h2>
      <ReadingTable
        testId="import-columns"
        headers={[
          t('importColColumn'),
          t('importColLabel'),
          t('importColRole'),
          t('importColBecause'),
        ]}
      >
        {props.preview.columns.map((c) => {
          const letter = columnLetter(c.column);
          return (
            <tr key={c.column} data-column={letter} data-role={c.role}>
              <th scope="row">{letter}</th>
              <td>{c.label}</td>
              <td>
                <select
                  aria-label={t('importRoleOf', { column: letter })}
                  value={props.choices[c.column] ?? c.role}
                  onChange={(event) => {
                    const role = COLUMN_ROLE_NAMES.find((r) => r === event.target.value);
                    if (role) props.onChoose(c.column, role);
                  }}
                >
                  {COLUMN_ROLE_NAMES.map((role) => (
                    <option key={role} value={role}>
                      {t(ROLE_LABEL[role])}
                    </option>
                  ))}
                </select>
                {c.role === 'other' && (
                  <>
                    {' '}
                    <span className="tag" data-testid="role-unknown">
                      {t('importRoleUnknown')}
                    </span>
                  </>
                )}
              </td>
              <td>{columnReason(c, lang, t)}</td>
            </tr>
          );
        })}
      </ReadingTable>
    </section>
  );
}

/** Every row with its kind and the KPI it gives or continues. */
export function ImportRows(props: { preview: ImportPreviewView }) {
  const { t } = useView();
  return (
    <section className="section" aria-labelledby="import-rows">
      <h2 id="import-rows">{t('importRowsHeading')}</h2>
      <ReadingTable
        testId="import-rows"
        headers={[t('importColRow'), t('importColKind'), t('importColKpi')]}
      >
        {props.preview.rows.map((r) => (
          <tr key={r.row} data-kind={r.kind}>
            <th scope="row">{r.row}</th>
            <td>{t(ROW_KIND_LABEL[r.kind])}</td>
            <td>{r.kpi ?? r.note ?? ''}</td>
          </tr>
        ))}
      </ReadingTable>
    </section>
  );
}

/** Where the grading scale was read, in the page's words. */
const SCALE_SOURCE = {
  legend: 'importGradeScaleFrom_legend',
  'printed grades': 'importGradeScaleFrom_printed',
  'legend words': 'importGradeScaleFrom_words',
  'legend of change': 'importGradeScaleFrom_change',
  'pass or fail': 'importGradeScaleFrom_passFail',
  default: 'importGradeScaleFrom_default',
} as const;

/** The words of each class of a legend of change. */
const CHANGE_CLASS_WORDS = {
  reached: 'importChange_reached',
  improved: 'importChange_improved',
  unchanged: 'importChange_unchanged',
  worsened: 'importChange_worsened',
} as const;

/** A legend of change as the computed grades follow it: each grade and the move that earns it. */
function ChangeLegendView(props: { change: NonNullable<ImportPreviewView['changeGrades']> }) {
  const { t } = useView();
  const band = Number((props.change.unchangedWithin * 100).toFixed(2));
  return (
    <ul className="grade-legend" data-testid="import-change-legend">
      {props.change.grades.map((g) => (
        <li key={g.label}>
          {`${g.label}: ${t(CHANGE_CLASS_WORDS[g.change])}`}
          {g.change === 'unchanged' && band > 0 ? t('importChangeBand', { band }) : ''}
        </li>
      ))}
    </ul>
  );
}

/** A year's printed rate, ✓ where its figures give it, else ✗ and what they give. */
const yearRateText = (r: ImportYearRateView) =>
  r.match ? `${r.year} ${r.printed} ✓` : `${r.year} ${r.printed} ✗ ${r.computed ?? '—'}`;

/** A change against the year before, ✓ where its row's figures give it, else ✗ and what they give. */
const yearOnYearText = (y: ImportYearOnYearView) =>
  y.match ? `${y.column} ${y.printed} ✓` : `${y.column} ${y.printed} ✗ ${y.computed ?? '—'}`;

/** Each KPI's printed rate beside the computed one, ✓ or ✗. */
export function ImportRates(props: { preview: ImportPreviewView }) {
  const { t, lang } = useView();
  const { kpis } = props.preview;
  // Every rate the table prints counts, the KPIs' own and those under each year alike.
  const yearRates = kpis.flatMap((k) => k.yearRates);
  const printed = kpis.filter((k) => k.printed !== null).length + yearRates.length;
  const matched =
    kpis.filter((k) => k.match === true).length + yearRates.filter((r) => r.match).length;
  // A table that prints grades shows each beside the one the plan's scale gives.
  const graded = kpis.some((k) => k.printedGrade !== null && isPrintedGrade(k.printedGrade));
  // Changes against the year before, counted apart: never rates of the KPIs.
  const changes = kpis.flatMap((k) => k.yearOnYear);
  const { labels, cuts } = props.preview.gradeScale;
  const { changeGrades } = props.preview;
  return (
    <section className="section" aria-labelledby="import-kpis">
      <h2 id="import-kpis">{t('importKpisHeading')}</h2>
      <p role="status" data-testid="import-summary">
        {t('importSummary', { kpis: kpis.length, printed, matched })}
      </p>
      {changes.length > 0 ? (
        <p data-testid="import-year-on-year-summary">
          {t('importYearOnYearSummary', {
            printed: changes.length,
            matched: changes.filter((y) => y.match).length,
          })}
        </p>
      ) : null}
      <ReadingTable
        testId="import-kpis"
        headers={[
          t('importColKpi'),
          t('importColTitle'),
          t('importColRow'),
          t('importColPrinted'),
          t('importColComputed'),
          t('importColMatch'),
          t('importColRule'),
          ...(graded ? [t('importColGrade')] : []),
          ...(yearRates.length > 0 ? [t('importColYearRates')] : []),
          ...(changes.length > 0 ? [t('importColYearOnYear')] : []),
        ]}
      >
        {kpis.map((k) => (
          <tr key={k.code} data-match={String(k.match)}>
            <th scope="row">{k.code}</th>
            <td>{k.title}</td>
            <td>{k.row}</td>
            <td>{k.printed ?? '—'}</td>
            <td>{k.computed ?? '—'}</td>
            <td className="import-match">
              {k.match === null
                ? t('importMatchNone')
                : k.match
                  ? t('importMatchYes')
                  : t('importMatchNo')}
            </td>
            <td>{kpiCheckText(k, lang, t)}</td>
            {graded ? (
              <td data-testid="import-grade">{`${k.printedGrade ?? '—'} → ${k.grade ?? '—'}`}</td>
            ) : null}
            {yearRates.length > 0 ? (
              <td data-testid="import-year-rates">{k.yearRates.map(yearRateText).join('　')}</td>
            ) : null}
            {changes.length > 0 ? (
              <td data-testid="import-year-on-year">
                {k.yearOnYear.map(yearOnYearText).join('　')}
              </td>
            ) : null}
          </tr>
        ))}
      </ReadingTable>
      {graded ? (
        <div data-testid="import-grade-scale">
          {changeGrades === null ? (
            <GradeLegend labels={labels} cuts={cuts} />
          ) : (
            <ChangeLegendView change={changeGrades} />
          )}
          <p data-testid="import-grade-scale-source">
            {t(SCALE_SOURCE[props.preview.gradeScaleSource])}
          </p>
        </div>
      ) : null}
    </section>
  );
}

/** Every cell not placed and every problem, with row and column. */
export function ImportDoubts(props: { preview: ImportPreviewView }) {
  const { t, lang } = useView();
  const { preview } = props;
  const { unplaced, problems } = preview;
  return (
    <>
      <section className="section" aria-labelledby="import-unplaced">
        <h2 id="import-unplaced">{t('importUnplacedHeading')}</h2>
        {unplaced.length === 0 ? (
          <p>{t('importUnplacedNone')}</p>
        ) : (
          <ReadingTable
            testId="import-unplaced"
            headers={[
              t('importColRow'),
              t('importColColumn'),
              t('importColText'),
              t('importColReason'),
            ]}
          >
            {unplaced.map((u) => (
              <tr key={`${u.row}-${u.column}`}>
                <td>{u.row}</td>
                <td>{columnLetter(u.column)}</td>
                <td>{u.text}</td>
                <td>{unplacedReason(u, lang, t)}</td>
              </tr>
            ))}
          </ReadingTable>
        )}
      </section>
      <section className="section" aria-labelledby="import-problems">
        <h2 id="import-problems">{t('importProblemsHeading')}</h2>
        {problems.length === 0 ? (
          <p>{t('importProblemsNone')}</p>
        ) : (
          <ReadingTable
            testId="import-problems"
            headers={[t('importColRow'), t('importColColumn'), t('importColMessage')]}
          >
            {problems.map((p, index) => (
              <tr key={index}>
                <td>{p.row}</td>
                <td>{columnLetter(p.column)}</td>
                <td>{problemText(p, preview, lang, t)}</td>
              </tr>
            ))}
          </ReadingTable>
        )}
      </section>
    </>
  );
}

/** One table of the reading: its column headers, then its rows. */
function ReadingTable(props: { testId: string; headers: readonly string[]; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <table className="import-table" data-testid={props.testId}>
        <thead>
          <tr>
            {props.headers.map((header) => (
              <th scope="col" key={header}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
