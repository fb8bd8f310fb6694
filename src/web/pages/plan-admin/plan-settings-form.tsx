import type { FormEvent } from 'react';
import { useState } from 'react';
import type { PlanTreeView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { TextField } from '../../components/text-field.tsx';
import { parseDepartments as parseList } from '../admin-accounts/department-list.ts';
import { useView } from '../../view-context.tsx';

const yearText = (year: number | null) => (year === null ? '' : String(year));

/** The plan's period and grading scale (PATCH /api/plans/:id with the version read). */
export function PlanSettingsForm(props: { tree: PlanTreeView; onSaved: () => void }) {
  const { t } = useView();
  const { tree } = props;
  const [start, setStart] = useState(yearText(tree.plan.startYear));
  const [end, setEnd] = useState(yearText(tree.plan.endYear));
  const [labels, setLabels] = useState(tree.gradeScale.labels.join('、'));
  const [cuts, setCuts] = useState(tree.gradeScale.cuts.join('、'));
  // A published year named in the refusal (a version conflict names none).
  const { run, busy, outcome, refusal } = useMutation((error, field) =>
    error.code === 'conflict' && field !== null ? t('planAdminPublishedNote') : null,
  );
  const errorFor = (field: string) => (refusal?.field === field ? refusal.text : null);
  // A published year keeps the grades it printed: the scale is set before the first is published.
  const published = tree.policies.some((p) => p.printedIn.length > 0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      startYear: start.trim() === '' ? null : start.trim(),
      endYear: end.trim() === '' ? null : end.trim(),
      ...(published
        ? {}
        : { gradeScale: { labels: parseList(labels), cuts: parseList(cuts).map(Number) } }),
      version: tree.version,
    };
    if (await run('PATCH', apiPaths.plan(tree.plan.id), body, t('planAdminSaved'))) props.onSaved();
  }

  return (
    <section className="section card" aria-labelledby="plan-admin-settings">
      <h2 id="plan-admin-settings">{t('planAdminSettings')}</h2>
      {published && <p className="field__hint">{t('planAdminPublishedNote')}</p>}
      <form onSubmit={submit} noValidate className="form form--grid">
        <TextField
          id="plan-start"
          label={t('planAdminStart')}
          hint="R3"
          value={start}
          onChange={(e) => setStart(e.target.value)}
          error={errorFor('startYear')}
        />
        <TextField
          id="plan-end"
          label={t('planAdminEnd')}
          hint="R8"
          value={end}
          onChange={(e) => setEnd(e.target.value)}
          error={errorFor('endYear')}
        />
        <TextField
          id="plan-grades"
          label={t('planAdminGrades')}
          value={labels}
          readOnly={published}
          onChange={(e) => setLabels(e.target.value)}
          error={errorFor('gradeScale')}
        />
        <TextField
          id="plan-cuts"
          label={t('planAdminCuts')}
          hint={t('planAdminCutsHint')}
          value={cuts}
          readOnly={published}
          onChange={(e) => setCuts(e.target.value)}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('planAdminSave')}
        </button>
        <FormStatus outcome={outcome} />
      </form>
    </section>
  );
}
