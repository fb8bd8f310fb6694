/** One line of the grade legend: a grade and the lowest rate it takes, or the rest below. */
export type GradeLegendLine =
  | { readonly kind: 'from'; readonly grade: string; readonly cut: number }
  | { readonly kind: 'below'; readonly grade: string; readonly cut: number }
  | { readonly kind: 'all'; readonly grade: string };

/**
 * The plan's grades defined from its scale: A 100%以上, B 80%以上, C 60%以上, D 60%未満 (the
 * Yuzawa scale). The last grade takes everything below the last cut.
 */
export function gradeLegendLines(
  labels: readonly string[],
  cuts: readonly number[],
): GradeLegendLine[] {
  return labels.map((grade, index): GradeLegendLine => {
    const cut = cuts[index];
    if (cut !== undefined) return { kind: 'from', grade, cut };
    const last = cuts.at(-1);
    return last === undefined ? { kind: 'all', grade } : { kind: 'below', grade, cut: last };
  });
}
