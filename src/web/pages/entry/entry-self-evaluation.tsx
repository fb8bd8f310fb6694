import type { EntryFormView } from '../../../domain/api-contract.ts';
import type { FiscalYear } from '../../../domain/fiscal-year.ts';
import { apiPaths } from '../../api/api-client.ts';
import { EvaluationForm } from '../../components/evaluation-form.tsx';
import { useView } from '../../view-context.tsx';

/**
 * The self-evaluation (一次評価) the entry of a KPI's own row asks for (issue 21): its grade and
 * reasoning, written while the entry may be saved; read-only once submitted.
 */
export function EntrySelfEvaluation(props: {
  planId: number;
  fy: FiscalYear;
  form: EntryFormView;
  onSaved: () => void;
}) {
  const { t } = useView();
  const self = props.form.selfEvaluation;
  if (self === null) return null;
  const meaning = (grade: string) => self.scheme.grades.find((g) => g.label === grade)?.meaning;
  return (
    <section className="section" aria-labelledby="entry-self-evaluation">
      <h2 id="entry-self-evaluation">{t('evaluationSelfTitle')}</h2>
      {props.form.editable ? (
        <>
          <p className="field__hint">{t('evaluationSelfHint')}</p>
          <EvaluationForm
            path={apiPaths.evaluation(props.planId, props.form.entry.code, props.fy)}
            level="self"
            scheme={self.scheme}
            stored={self.stored ?? undefined}
            onSaved={props.onSaved}
          />
        </>
      ) : self.stored === null ? (
        <p className="field__hint">{t('evaluationNotWritten')}</p>
      ) : (
        <div data-submission="self-evaluation">
          <p>
            <strong>{self.stored.grade}</strong> {meaning(self.stored.grade) ?? ''}
          </p>
          <p className="narrative-text">{self.stored.text}</p>
        </div>
      )}
    </section>
  );
}
