/**
 * Runs of two or more English words in a page's visible text ("no known word", "set by hand"): what the
 * Japanese UI must not show. File names, codes and units (m²) and the acronyms the Japanese
 * UI uses (KPI, CSV, PDF, XLSX) are not sentences and are left out before looking.
 */
export function englishRuns(text: string): string[] {
  const kept = text
    .replace(/[\w.-]+\.(?:tsv|csv|txt|xlsx|pdf)\b/gi, ' ')
    .replace(/\b(?:KPI|CSV|PDF|XLSX|TSV|Excel)\b/g, ' ');
  return [...kept.matchAll(/\b[A-Za-z]{2,}(?:\s+[A-Za-z]{2,})+\b/g)]
    .map((m) => m[0])
    .filter((run) => /[A-Za-z]{3,}/.test(run));
}
