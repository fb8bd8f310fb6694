import { useState } from 'react';
import type { RoundBoardEntryView, RoundBoardView } from '../../../domain/api-contract.ts';
import type { EntryState } from '../../../domain/entry-state.ts';
import type { FiscalYear } from '../../../domain/fiscal-year.ts';
import { ENTRY_STATES } from '../../../domain/entry-state.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { ENTRY_STATE_KEY, EntryStateBadge } from '../../components/entry-state-badge.tsx';
import { EntrySubmissionView } from '../../components/entry-submission.tsx';
import { FormStatus } from '../../components/form-status.tsx';
import type { Outcome } from '../../components/form-status.tsx';
import { dateTimeText } from '../../format/date-time.ts';
import { yearLabel } from '../../format/year-label.ts';
import { Link } from '../../routing/link.tsx';
import { useView } from '../../view-context.tsx';
import { CloseRound } from './close-round.tsx';
import { EntryMoves } from '../../components/entry-moves.tsx';

const key = (e: { code: string; department: string }) => `${e.code}|${e.department}`;

/** Progress per department: how many entries stand in each state, and how many are overdue. */
function DepartmentProgress(props: { board: RoundBoardView }) {
  const { t } = useView();
  return (
    <section className="section" aria-labelledby="board-progress">
      <h2 id="board-progress">{t('boardProgress')}</h2>
      {props.board.completeness.departmentsWithoutEditor.length > 0 && (
        <p className="risk-flag board-no-editor">
          {t('boardNoEditorNote', {
            departments: props.board.completeness.departmentsWithoutEditor.join('、'),
          })}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table board-progress">
          <thead>
            <tr>
              <th scope="col">{t('colDepartment')}</th>
              {ENTRY_STATES.map((state) => (
                <th key={state} scope="col" className="num">
                  {t(ENTRY_STATE_KEY[state])}
                </th>
              ))}
              <th scope="col" className="num">
                {t('overdue')}
              </th>
              <th scope="col" className="num">
                {t('boardEditors')}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.board.departments.map((line) => (
              <tr key={line.department} data-department={line.department}>
                <th scope="row">{line.department}</th>
                {ENTRY_STATES.map((state) => (
                  <td key={state} className="num" data-state={state}>
                    {line.counts[state]}
                  </td>
                ))}
                <td className={line.overdue > 0 ? 'num risk-flag' : 'num'} data-state="overdue">
                  {line.overdue}
                </td>
                <td
                  className={line.editors === 0 ? 'num risk-flag' : 'num'}
                  data-editors={line.editors}
                >
                  {line.editors === 0 ? t('boardNoEditor') : line.editors}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * The planning division's board: progress per department, then every entry with its state and
 * conversation; an admin approves submitted entries (one or several at once), returns one with
 * a comment, reopens an approved one with a reason, and closes the round.
 */
export function RoundBoard(props: {
  planId: number;
  board: RoundBoardView;
  admin: boolean;
  onChanged: () => void;
}) {
  const { t, lang } = useView();
  const { board } = props;
  const [filter, setFilter] = useState<EntryState | 'all'>('all');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const { run, busy, outcome } = useMutation();
  const [closed, setClosed] = useState<Outcome>(null);
  const fy = board.round.fiscalYear;
  const shown = board.entries.filter((e) => filter === 'all' || e.state === filter);
  const chosen = board.entries.filter((e) => e.actions.includes('approve') && selected.has(key(e)));
  const toggle = (entry: RoundBoardEntryView) =>
    setSelected((now) => {
      const next = new Set(now);
      if (next.has(key(entry))) next.delete(key(entry));
      else next.add(key(entry));
      return next;
    });
  const approveSelected = async () => {
    const entries = chosen.map((e) => ({ code: e.code, department: e.department }));
    const done = t('boardApproved', { count: entries.length });
    if (await run('POST', apiPaths.approvals(props.planId, fy), { entries }, done)) {
      setSelected(new Set());
      props.onChanged();
    }
  };
  return (
    <>
      <p className="round-lead">
        <span className={`round-state round-state--${board.round.state}`}>
          {board.round.state === 'open' ? t('roundStateOpen') : t('roundStateClosed')}
        </span>{' '}
        {t('roundDue', { date: board.round.dueDate })}
      </p>
      <FormStatus outcome={closed} />
      <DepartmentProgress board={board} />
      <section className="section" aria-labelledby="board-entries">
        <h2 id="board-entries">{t('boardEntries')}</h2>
        <div className="board-tools no-print">
          <StateFilter value={filter} onChange={setFilter} />
          {props.admin && (
            <button
              type="button"
              className="button"
              disabled={busy || chosen.length === 0}
              onClick={approveSelected}
            >
              {t('boardApproveSelected', { count: chosen.length })}
            </button>
          )}
        </div>
        <FormStatus outcome={outcome} />
        <div className="table-scroll">
          <table className="data-table board-entries">
            <thead>
              <tr>
                {props.admin && <th scope="col" aria-label={t('approve')} />}
                <th scope="col">{t('colEntry')}</th>
                <th scope="col">{t('colDepartment')}</th>
                <th scope="col">{t('colState')}</th>
                <th scope="col">{t('colSubmission')}</th>
                <th scope="col">{t('colUpdated')}</th>
                <th scope="col">{t('colComment')}</th>
                <th scope="col">{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <BoardEntryRow
                  key={key(entry)}
                  planId={props.planId}
                  fy={fy}
                  entry={entry}
                  admin={props.admin}
                  selected={selected.has(key(entry))}
                  onToggle={() => toggle(entry)}
                  onMoved={props.onChanged}
                />
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {props.admin && board.round.state === 'open' && (
        <CloseRound
          planId={props.planId}
          fy={fy}
          completeness={board.completeness}
          year={yearLabel(fy, lang)}
          onClosed={() => {
            setClosed({ kind: 'done', text: t('roundClosed', { year: yearLabel(fy, lang) }) });
            props.onChanged();
          }}
        />
      )}
    </>
  );
}

/** Which entries the board lists: all, or those in one state. */
function StateFilter(props: {
  value: EntryState | 'all';
  onChange: (value: EntryState | 'all') => void;
}) {
  const { t } = useView();
  return (
    <div className="field form-field">
      <label htmlFor="board-filter">{t('boardFilterState')}</label>
      <select
        id="board-filter"
        value={props.value}
        onChange={(event) => {
          const value = event.target.value;
          props.onChange(ENTRY_STATES.find((s) => s === value) ?? 'all');
        }}
      >
        <option value="all">{t('boardFilterAll')}</option>
        {ENTRY_STATES.map((state) => (
          <option key={state} value={state}>
            {t(ENTRY_STATE_KEY[state])}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One entry of the board: its KPI, department, state, submission, last comment and moves. */
function BoardEntryRow(props: {
  planId: number;
  fy: FiscalYear;
  entry: RoundBoardEntryView;
  admin: boolean;
  selected: boolean;
  onToggle: () => void;
  onMoved: () => void;
}) {
  const { t, lang, to } = useView();
  const { entry } = props;
  return (
    <tr data-entry={key(entry)} data-state={entry.state}>
      {props.admin && (
        <td>
          {entry.actions.includes('approve') && (
            <input
              type="checkbox"
              aria-label={t('boardSelect', { code: entry.code, department: entry.department })}
              checked={props.selected}
              onChange={props.onToggle}
            />
          )}
        </td>
      )}
      <td>
        <Link
          href={to(
            { page: 'entry', planId: props.planId, fy: props.fy, code: entry.code },
            { department: entry.department },
          )}
        >
          <span className="kpi-code">{entry.code}</span> {entry.title}
        </Link>
      </td>
      <td>{entry.department}</td>
      <td>
        <EntryStateBadge state={entry.state} overdue={entry.overdue} />
      </td>
      <td>
        {entry.state !== 'not_started' && (
          <EntrySubmissionView submission={entry.submission} compact />
        )}
        {entry.selfEvaluation !== null && (
          <p className="submission__self" data-submission="self-evaluation">
            {t('evaluationSelfTitle')}: <strong>{entry.selfEvaluation.grade}</strong>{' '}
            {entry.selfEvaluation.text}
          </p>
        )}
      </td>
      <td>{entry.state === 'not_started' ? '' : dateTimeText(entry.updatedAt, lang)}</td>
      <td>{entry.comments.at(-1)?.text ?? ''}</td>
      <td>
        {props.admin && (
          <EntryMoves planId={props.planId} fy={props.fy} entry={entry} onMoved={props.onMoved} />
        )}
      </td>
    </tr>
  );
}
