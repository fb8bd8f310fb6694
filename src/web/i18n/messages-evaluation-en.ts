import type { evaluationJa } from './messages-evaluation-ja.ts';

/** The evaluation's texts in English: the same keys as evaluationJa. */
export const evaluationEn: Record<keyof typeof evaluationJa, string> = {
  evaluationTitle: 'Evaluation of {year}',
  evaluationNone: 'No evaluation yet',
  evaluationLevelSelf: 'Self-evaluation (department)',
  evaluationLevelSecond: 'Second evaluation (planning division)',
  evaluationLevelExternal: 'External evaluation (committee)',
  evaluationLevelFinal: 'Final judgement',
  evaluationNotWritten: 'Not written',
  evaluationGrade: 'Grade',
  evaluationText: 'Reasoning or opinion',
  evaluationDirection: 'Way ahead',
  evaluationDirectionExpand: 'Expand',
  evaluationDirectionContinue: 'Continue',
  evaluationDirectionReview: 'Review',
  evaluationDirectionAbolish: 'Abolish',
  evaluationBy: '{who}, {at}',
  evaluationWrite: 'Write the {level}',
  evaluationSave: 'Save',
  evaluationSaved: 'Saved',
  evaluationConflict: 'Someone saved first. Reload to see what they wrote',
  evaluationChooseGrade: 'Choose a grade',
  evaluationEmptyText: 'Say why: enter the reasoning',
  evaluationSelfTitle: 'Self-evaluation',
  evaluationSelfHint: 'Choose a grade and say why',
};
