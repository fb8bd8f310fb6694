import type { KpiDetailView } from '../../../domain/api-contract.ts';
import { EVALUATION_LEVELS } from '../../../domain/evaluation.ts';
import { apiPaths } from '../../api/api-client.ts';
import { EvaluationForm } from '../../components/evaluation-form.tsx';
import { dateTimeText } from '../../format/date-time.ts';
import { DIRECTION_LABEL, LEVEL_LABEL } from '../../format/evaluation-labels.ts';
import { yearLabel } from '../../format/year-label.ts';
import { useView } from '../../view-context.tsx';

/**
 * The year's evaluation in levels, in order (一次評価, 二次評価, 外部評価, 最終判断): each level's
 * grade and its meaning, the way ahead, the text, who and when; a form for each level the
 * reader may write (the server decides again). Visitors see the levels the plan publishes.
 */
export function KpiEvaluations(props: {
  planId: number;
  detail: KpiDetailView;
  /** Whether the self-evaluation may be written now (an open round, or an admin). */
  selfOpen: boolean;
  onSaved: () => void;
}) {
  const { t, lang } = useView();
  const { detail } = props;
  const scheme = detail.evaluationScheme;
  const rights = detail.evaluationRights.filter((level) => level !== 'self' || props.selfOpen);
  const shownLevels = EVALUATION_LEVELS.filter(
    (level) => detail.evaluations.some((e) => e.level === level) || rights.includes(level),
  );
  const meaningOf = (grade: string) => scheme.grades.find((g) => g.label === grade)?.meaning;
  const path = apiPaths.evaluation(props.planId, detail.row.code, detail.fiscalYear);
  return (
    <section className="section evaluations" aria-labelledby="evaluations-title">
      <h2 id="evaluations-title">
        {t('evaluationTitle', { year: yearLabel(detail.fiscalYear, lang) })}
      </h2>
      {shownLevels.length === 0 ? (
        <p>{t('evaluationNone')}</p>
      ) : (
        <dl className="evaluation-levels">
          {shownLevels.map((level) => {
            const written = detail.evaluations.find((e) => e.level === level);
            const meaning = written && meaningOf(written.grade);
            return (
              <div key={level} className="evaluation-level" data-level={level}>
                <dt>{t(LEVEL_LABEL[level])}</dt>
                <dd>
                  {written === undefined ? (
                    <p className="field__hint">{t('evaluationNotWritten')}</p>
                  ) : (
                    <>
                      <p className="evaluation-level__grade">
                        <strong>{written.grade}</strong>
                        {meaning !== undefined && meaning !== written.grade && ` ${meaning}`}
                        {written.direction !== null &&
                          `／${t('evaluationDirection')}: ${t(DIRECTION_LABEL[written.direction])}`}
                      </p>
                      <p className="evaluation-level__text">{written.text}</p>
                      <p className="field__hint">
                        {written.author === null
                          ? dateTimeText(written.updatedAt, lang)
                          : t('evaluationBy', {
                              who: written.author,
                              at: dateTimeText(written.updatedAt, lang),
                            })}
                      </p>
                    </>
                  )}
                  {rights.includes(level) &&
                    (written === undefined ? (
                      <EvaluationForm
                        path={path}
                        level={level}
                        scheme={scheme}
                        stored={written}
                        onSaved={props.onSaved}
                      />
                    ) : (
                      // Written already: the form to change it stays folded until asked for.
                      <details className="evaluation-level__change">
                        <summary>{t('evaluationChange')}</summary>
                        <EvaluationForm
                          path={path}
                          level={level}
                          scheme={scheme}
                          stored={written}
                          onSaved={props.onSaved}
                        />
                      </details>
                    ))}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}
