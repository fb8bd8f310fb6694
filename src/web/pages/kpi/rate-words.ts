import type { Basis, Direction, Formula } from '../../../domain/model.ts';
import type { MessageKey } from '../../i18n/messages-ja.ts';

/** The words of each direction, basis and formula: the KPI page's explanation and its review form. */
export const DIRECTION_WORDS: Readonly<Record<Direction, MessageKey>> = {
  increase: 'directionIncrease',
  decrease: 'directionDecrease',
  maintain: 'directionMaintain',
};

export const BASIS_WORDS: Readonly<Record<Basis, MessageKey>> = {
  latest: 'basisLatest',
  cumulative: 'basisCumulative',
  'period-sum': 'basisPeriodSum',
  milestone: 'basisMilestone',
  'milestone-sum': 'basisMilestoneSum',
};

export const FORMULA_WORDS: Readonly<Record<Formula, MessageKey>> = {
  ratio: 'formulaRatio',
  progress: 'formulaProgress',
  change: 'formulaChange',
  reduction: 'formulaReduction',
  gap: 'formulaGap',
  deviation: 'formulaDeviation',
  'two-minus-ratio': 'formulaTwoMinusRatio',
};

/** A rate's rule in words: its formula, or for a ratio the direction that orders it. */
export const ruleWords = (rule: { formula: Formula; direction: Direction }): MessageKey =>
  rule.formula === 'ratio' ? DIRECTION_WORDS[rule.direction] : FORMULA_WORDS[rule.formula];
