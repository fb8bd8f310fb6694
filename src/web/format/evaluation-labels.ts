import type { EvaluationLevel, FutureDirection } from '../../domain/evaluation.ts';
import type { MessageKey } from '../i18n/messages-ja.ts';

/** The catalog key of each evaluation level's name (一次評価 …), in the levels' order. */
export const LEVEL_LABEL = {
  self: 'evaluationLevelSelf',
  second: 'evaluationLevelSecond',
  external: 'evaluationLevelExternal',
  final: 'evaluationLevelFinal',
} as const satisfies Record<EvaluationLevel, MessageKey>;

/** The catalog key of each way ahead of a final judgement (拡充 …). */
export const DIRECTION_LABEL = {
  expand: 'evaluationDirectionExpand',
  continue: 'evaluationDirectionContinue',
  review: 'evaluationDirectionReview',
  abolish: 'evaluationDirectionAbolish',
} as const satisfies Record<FutureDirection, MessageKey>;
