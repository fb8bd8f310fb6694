import type { StoredEvaluation } from '../../db/evaluation-repository.ts';
import type { EvaluationView } from '../../domain/api-contract.ts';

/** One level of a KPI's evaluation as a reader sees it, its author named as the reader may. */
export function presentEvaluation(e: StoredEvaluation, author: string | null): EvaluationView {
  return {
    level: e.level,
    grade: e.grade,
    text: e.text,
    direction: e.direction,
    author,
    updatedAt: e.updatedAt,
    version: e.version,
  };
}
