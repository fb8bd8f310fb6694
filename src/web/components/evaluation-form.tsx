import type { FormEvent } from 'react';
import { useEffect, useState } from 'react';
import type { EvaluationSchemeView, EvaluationView } from '../../domain/api-contract.ts';
import type { EvaluationLevel, FutureDirection } from '../../domain/evaluation.ts';
import { FUTURE_DIRECTIONS } from '../../domain/evaluation.ts';
import type { ApiError } from '../api/api-error.ts';
import { useMutation } from '../api/use-mutation.ts';
import { DIRECTION_LABEL, LEVEL_LABEL } from '../format/evaluation-labels.ts';
import { useView } from '../view-context.tsx';
import { FormStatus } from './form-status.tsx';

/**
 * One evaluation level's form (issue 21): a grade of the plan's scale, the reasoning, and on
 * the final judgement the way ahead; saved with the version it was read at. The KPI page shows
 * one per level the reader may write, the entry page the self-evaluation's.
 */
export function EvaluationForm(props: {
  path: string;
  level: EvaluationLevel;
  scheme: EvaluationSchemeView;
  stored: EvaluationView | undefined;
  onSaved: () => void;
}) {
  const { t } = useView();
  const { stored, level } = props;
  const explain = (error: ApiError) => (error.code === 'conflict' ? t('evaluationConflict') : null);
  const { run, busy, outcome } = useMutation(explain);
  const [grade, setGrade] = useState(stored?.grade ?? '');
  const [text, setText] = useState(stored?.text ?? '');
  const [direction, setDirection] = useState<FutureDirection | ''>(stored?.direction ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setGrade(stored?.grade ?? '');
    setText(stored?.text ?? '');
    setDirection(stored?.direction ?? '');
  }, [stored]);
  const id = `evaluation-${level}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (grade === '') return setProblem(t('evaluationChooseGrade'));
    if (text.trim() === '') return setProblem(t('evaluationEmptyText'));
    setProblem(null);
    const body = {
      level,
      grade,
      text,
      direction: level === 'final' && direction !== '' ? direction : null,
      version: stored?.version ?? 0,
    };
    void run('PUT', props.path, body, t('evaluationSaved')).then((done) => {
      if (done) props.onSaved();
    });
  };
  return (
    <form className="form card evaluation-form" onSubmit={submit} noValidate data-level={level}>
      <h3>{t('evaluationWrite', { level: t(LEVEL_LABEL[level]) })}</h3>
      <div className="field form-field">
        <label htmlFor={`${id}-grade`}>{t('evaluationGrade')}</label>
        <select id={`${id}-grade`} value={grade} onChange={(event) => setGrade(event.target.value)}>
          <option value="">—</option>
          {props.scheme.grades.map((g) => (
            <option key={g.label} value={g.label}>
              {g.label === g.meaning ? g.label : `${g.label} ${g.meaning}`}
            </option>
          ))}
        </select>
      </div>
      {level === 'final' && (
        <div className="field form-field">
          <label htmlFor={`${id}-direction`}>{t('evaluationDirection')}</label>
          <select
            id={`${id}-direction`}
            value={direction}
            onChange={(event) =>
              setDirection(FUTURE_DIRECTIONS.find((d) => d === event.target.value) ?? '')
            }
          >
            <option value="">—</option>
            {FUTURE_DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {t(DIRECTION_LABEL[d])}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field form-field">
        <label htmlFor={`${id}-text`}>{t('evaluationText')}</label>
        <textarea
          id={`${id}-text`}
          rows={4}
          maxLength={4000}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {problem !== null && (
        <p role="alert" className="form-status form-status--error">
          {problem}
        </p>
      )}
      <FormStatus outcome={outcome} />
      <button type="submit" className="button" disabled={busy}>
        {t('evaluationSave')}
      </button>
    </form>
  );
}
