/**
 * Where an imported table's grading scale was read: its legend's rates, the grades it prints
 * beside the computed rates, a legend of words alone (not checked), a legend of how the figure
 * moved (`change-grade.ts`), grades of pass or fail, or the default A–D.
 */
export const GRADE_SCALE_SOURCES = [
  'legend',
  'printed grades',
  'legend words',
  'legend of change',
  'pass or fail',
  'default',
] as const;

export type GradeScaleSource = (typeof GRADE_SCALE_SOURCES)[number];
