import { useCallback, useState } from 'react';
import type { EntryFormView } from '../../../domain/api-contract.ts';
import { fiscalYear } from '../../../domain/fiscal-year.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { EntryMoves } from '../../components/entry-moves.tsx';
import { EntryStateBadge } from '../../components/entry-state-badge.tsx';
import { EntrySubmissionView } from '../../components/entry-submission.tsx';
import { PageLayout } from '../../components/page-layout.tsx';
import { Pending } from '../../components/loaded.tsx';
import { dateTimeText } from '../../format/date-time.ts';
import { yearLabel } from '../../format/year-label.ts';
import { Link } from '../../routing/link.tsx';
import { RequireSession } from '../../session/require-session.tsx';
import { useView } from '../../view-context.tsx';
import { EntryFacts, EntryHistory } from './entry-facts.tsx';
import { EntryForm } from './entry-form.tsx';
import { EntrySelfEvaluation } from './entry-self-evaluation.tsx';

/**
 * One entry of a round: the KPI's facts and past figures beside the fields, last year's
 * narrative, the conversation with the planning division, and the form with its live rate.
 */
export function EntryPage(props: { planId: number; fy: number; code: string }) {
  const { search } = useView();
  const department = search.get('department') ?? '';
  const title = `${props.code} ${department}`;
  return (
    <RequireSession title={title} current="rounds">
      {(user) => <Entry {...props} department={department} admin={user.role === 'admin'} />}
    </RequireSession>
  );
}

function Entry(props: {
  planId: number;
  fy: number;
  code: string;
  department: string;
  admin: boolean;
}) {
  const { t, lang, to } = useView();
  const year = fiscalYear(props.fy);
  const { state, reload } = useApi<EntryFormView>(
    apiPaths.entryForm(props.planId, year, props.code, props.department),
  );
  // What the last move said (提出しました), kept across the reload that follows it.
  const [notice, setNotice] = useState<string | null>(null);
  const [drafted, setDrafted] = useState(false);
  const onDrafted = useCallback(() => setDrafted(true), []);
  const moved = (text: string) => {
    setNotice(text);
    setDrafted(false);
    reload();
  };
  if (state.status !== 'ok') {
    return (
      <PageLayout title={props.code}>
        <h1>{props.code}</h1>
        <Pending state={state} onRetry={reload} />
      </PageLayout>
    );
  }
  const form = state.data;
  const heading = t('formTitle', {
    code: form.entry.code,
    year: yearLabel(year, lang),
    department: form.entry.department,
  });
  return (
    <PageLayout title={heading} plan={form.plan} current="rounds">
      <p className="breadcrumb no-print">
        <Link href={to({ page: 'round', planId: props.planId, fy: props.fy })}>
          {t('formBack')}
        </Link>
      </p>
      <h1>
        <span className="kpi-code">{form.entry.code}</span> {form.entry.title}
      </h1>
      <p className="entry-head">
        {form.entry.department} ・ {t('roundDue', { date: form.round.dueDate })} ・{' '}
        <EntryStateBadge
          state={
            drafted && (form.entry.state === 'not_started' || form.entry.state === 'returned')
              ? 'draft'
              : form.entry.state
          }
          overdue={form.entry.overdue}
        />
      </p>
      {form.entry.comments.length > 0 && (
        <section className="section" aria-labelledby="entry-comments">
          <h2 id="entry-comments">{t('formComments')}</h2>
          <ol className="entry-comments">
            {form.entry.comments.map((c) => (
              <li
                key={`${c.at}-${c.kind}`}
                className={`card entry-comment entry-comment--${c.kind}`}
              >
                <p className="entry-comment__meta">
                  {c.kind === 'return' ? t('state_returned') : t('reopen')} ・ {c.author} ・{' '}
                  {dateTimeText(c.at, lang)}
                </p>
                <p className="entry-comment__text">{c.text}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {notice !== null && (
        <div role="status" className="form-status form-status--done">
          <p>{notice}</p>
        </div>
      )}
      <div className="entry-layout">
        <div className="entry-layout__main">
          {!form.editable && form.entry.state !== 'not_started' && (
            <section className="section" aria-labelledby="entry-submission">
              <h2 id="entry-submission">{t('reviewTitle')}</h2>
              <EntrySubmissionView
                submission={form.submission}
                gradeLabels={form.gradeScale.labels}
              />
              {props.admin &&
                form.entry.actions.some(
                  (a) => a === 'approve' || a === 'return' || a === 'reopen',
                ) && (
                  <EntryMoves
                    planId={props.planId}
                    fy={year}
                    entry={form.entry}
                    onMoved={() => reload()}
                  />
                )}
            </section>
          )}
          <EntryForm
            key={`${form.entry.state}-${form.figure?.version ?? 0}`}
            form={form}
            onMoved={moved}
            onDrafted={onDrafted}
          />
          <EntrySelfEvaluation planId={props.planId} fy={year} form={form} onSaved={reload} />
        </div>
        <div className="entry-layout__side">
          <EntryFacts form={form} />
          <EntryHistory form={form} />
          {form.previousNarrative && (
            <section className="section" aria-labelledby="entry-previous">
              <h2 id="entry-previous">
                {t('formPreviousNarrative', {
                  year: yearLabel(form.previousNarrative.fiscalYear, lang),
                })}
              </h2>
              <p className="narrative-text">{form.previousNarrative.text}</p>
            </section>
          )}
        </div>
      </div>
    </PageLayout>
  );
}
