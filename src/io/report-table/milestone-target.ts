import type { KpiDraft } from './kpi-draft.ts';

/**
 * A KPI whose final target's cell is empty but which prints a target for an earlier year (a
 * 事務事業評価 sheet: 「27年度 目標(計画)値」 35,000 filled, 「28年度 (目標)」 left empty for
 * this indicator): that year's target is the one it has, its latest such figure taken as its
 * target rather than kept as a milestone, so that its rate is reckoned against it (25,000 ÷
 * 35,000 = 71.4%). A final target printed as no figure (鳥取県's range 60,312t〜63,173t) is not
 * replaced: the KPI has one, unread.
 */
export function withLatestMilestoneAsTarget(draft: KpiDraft): void {
  if (draft.target !== null || draft.finalTargetPrinted || draft.milestones.length === 0) return;
  const latest = draft.milestones.reduce((a, b) => (b.fiscalYear >= a.fiscalYear ? b : a));
  const value = latest.figure.value;
  if (value === null) return;
  draft.milestones = draft.milestones.filter((m) => m !== latest);
  draft.target = { kind: 'level', target: { kind: 'value', value, fiscalYear: latest.fiscalYear } };
}
