import type { PublishedEvaluation } from '../../../domain/evaluation.ts';
import { DIRECTION_LABEL, LEVEL_LABEL } from '../../format/evaluation-labels.ts';
import { useView } from '../../view-context.tsx';

/**
 * A KPI's published evaluation of the year beside its row (issue 21): each level the plan
 * publishes with its grade and meaning (一次評価 B おおむね順調), the final judgement with its
 * way ahead; the reasons are on the KPI's page.
 */
export function PublishedEvaluations(props: { evaluations: readonly PublishedEvaluation[] }) {
  const { t } = useView();
  if (props.evaluations.length === 0) return null;
  return (
    <dl className="report-evaluations">
      {props.evaluations.map((e) => (
        <div key={e.level}>
          <dt>{t(LEVEL_LABEL[e.level])}</dt>
          <dd>
            <strong>{e.grade}</strong>
            {e.meaning !== null && ` ${e.meaning}`}
            {e.direction !== null &&
              `（${t('evaluationDirection')}：${t(DIRECTION_LABEL[e.direction])}）`}
          </dd>
        </div>
      ))}
    </dl>
  );
}
