import { parseFigureText } from '../../domain/figure-text.ts';
import { parseFiscalYear } from '../../domain/fiscal-year.ts';
import type { KpiDraft } from './kpi-draft.ts';

/** A name, then the year the target is due and the target: 「…平成31年度まで10人」, 「…R6までに500件」. */
const DEADLINE =
  /^(.*?\S)\s*((?:令和|平成|R|H)\s*(?:元|\d{1,2})\s*年?度?)\s*(?:末)?\s*までに?\s*([^\s]{1,20})$/;

/**
 * A KPI name printed with its target and the year it is due after it (a 町 総合戦略 検証
 * 「奨励金対象の町内新規雇 用者 平成31年度まで10人」): the name is the title, 10人 of H31 the
 * target where no column gave one. The cell is kept in the KPI's note as printed.
 */
export function withDeadlineGoal(draft: KpiDraft): void {
  // Most names have no deadline: the test is a character search first.
  if (!draft.title.includes('まで')) return;
  const match = DEADLINE.exec(draft.title.normalize('NFKC').trim());
  if (!match?.[1]) return;
  const fiscalYear = parseFiscalYear((match[2] ?? '').replace(/\s+/g, ''));
  const parsed = parseFigureText(match[3] ?? '');
  const value = parsed?.figure.value ?? null;
  if (fiscalYear === undefined || value === null || parsed?.figure.secondary !== null) return;
  draft.cellNotes.unshift(draft.title.trim());
  draft.title = match[1];
  draft.target ??= { kind: 'level', target: { kind: 'value', fiscalYear, value } };
}
