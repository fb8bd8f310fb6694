import type { FormEvent } from 'react';
import { useEffect, useState } from 'react';
import type { EvaluationSchemeView } from '../../../domain/api-contract.ts';
import type { EvaluationLevel } from '../../../domain/evaluation.ts';
import { EVALUATION_LEVELS } from '../../../domain/evaluation.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { useMutation } from '../../api/use-mutation.ts';
import { FormStatus } from '../../components/form-status.tsx';
import { LEVEL_LABEL } from '../../format/evaluation-labels.ts';
import { useView } from '../../view-context.tsx';
import { gradeLines, parseGradeLines } from './grade-lines.ts';

/**
 * The plan's evaluation (issue 21): the levels it uses and publishes, its grades with their
 * meanings and its codes outside the scale (未着手, 中止, 評価困難), saved with the version read
 * (PUT …/evaluation-scheme). Admins only; the server decides again.
 */
export function EvaluationSchemeForm(props: { planId: number }) {
  const { t } = useView();
  const path = apiPaths.evaluationScheme(props.planId);
  const { state, reload } = useApi<EvaluationSchemeView>(path);
  const { run, busy, outcome, refusal } = useMutation();
  const stored = state.status === 'ok' ? state.data : null;
  const [levels, setLevels] = useState<EvaluationLevel[]>([]);
  const [published, setPublished] = useState<EvaluationLevel[]>([]);
  const [grades, setGrades] = useState('');
  const [codes, setCodes] = useState('');
  useEffect(() => {
    if (stored === null) return;
    setLevels([...stored.levels]);
    setPublished([...stored.published]);
    setGrades(gradeLines(stored.grades.filter((g) => !g.special)));
    setCodes(gradeLines(stored.grades.filter((g) => g.special)));
  }, [stored]);
  if (stored === null) return null;
  const toggle = (list: EvaluationLevel[], level: EvaluationLevel) =>
    list.includes(level) ? list.filter((l) => l !== level) : [...list, level];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      levels,
      published,
      grades: [...parseGradeLines(grades, false), ...parseGradeLines(codes, true)],
      version: stored.version,
    };
    if (await run('PUT', path, body, t('planAdminSaved'))) reload();
  };
  const levelBoxes = (
    name: string,
    chosen: EvaluationLevel[],
    set: (next: EvaluationLevel[]) => void,
  ) =>
    EVALUATION_LEVELS.map((level) => (
      <label key={level} className="checkbox">
        <input
          type="checkbox"
          name={name}
          value={level}
          checked={chosen.includes(level)}
          onChange={() => set(toggle(chosen, level))}
        />{' '}
        {t(LEVEL_LABEL[level])}
      </label>
    ));
  const error = (field: string) =>
    refusal?.field === field ? (
      <p className="field__error" role="alert">
        {refusal.text}
      </p>
    ) : null;
  return (
    <section className="section card" aria-labelledby="plan-admin-evaluation">
      <h2 id="plan-admin-evaluation">{t('schemeTitle')}</h2>
      <form onSubmit={submit} noValidate className="form">
        <fieldset>
          <legend>{t('schemeLevels')}</legend>
          {levelBoxes('levels', levels, setLevels)}
          {error('levels')}
        </fieldset>
        <fieldset>
          <legend>{t('schemePublished')}</legend>
          {levelBoxes('published', published, setPublished)}
          {error('published')}
        </fieldset>
        <div className="field form-field">
          <label htmlFor="scheme-grades">{t('schemeGrades')}</label>
          <span id="scheme-grades-hint" className="field__hint">
            {t('schemeLinesHint')}
          </span>
          <textarea
            id="scheme-grades"
            rows={5}
            aria-describedby="scheme-grades-hint"
            value={grades}
            onChange={(e) => setGrades(e.target.value)}
          />
          {error('grades')}
        </div>
        <div className="field form-field">
          <label htmlFor="scheme-codes">{t('schemeCodes')}</label>
          <textarea
            id="scheme-codes"
            rows={3}
            value={codes}
            onChange={(e) => setCodes(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t('planAdminSave')}
        </button>
        <FormStatus outcome={outcome} />
      </form>
    </section>
  );
}
