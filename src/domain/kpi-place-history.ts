import type { KpiPlaceChangeView } from './api-contract.ts';
import type { KpiDepartmentMove } from './department-merges.ts';
import type { KpiThemeMove } from './kpi-theme-moves.ts';

/*
 * A KPI's departments and place in the tree over the plan's years, as its page lists them
 * (issue 20): each move keeps what was before, so what came after is the next move's before,
 * or the KPI as it stands now.
 */

/**
 * The changes of one KPI's departments and theme program, oldest first.
 * @example describePlaces({ code: '⑦', departments: ['財政課'], place: '3-8' }, [{ code: '⑦', fromYear: R7, departmentsBefore: ['企画課'], reason: '機構改革' }], [])
 *   // [{ fromYear: R7, field: 'departments', before: '企画課', after: '財政課', reason: '機構改革' }]
 */
export function describePlaces(
  now: { readonly code: string; readonly departments: readonly string[]; readonly place: string },
  departmentMoves: readonly KpiDepartmentMove[],
  themeMoves: readonly KpiThemeMove[],
): KpiPlaceChangeView[] {
  const byYear = <T extends { readonly code: string; readonly fromYear: number }>(
    moves: readonly T[],
  ) => moves.filter((m) => m.code === now.code).sort((a, b) => a.fromYear - b.fromYear);
  const names = (list: readonly string[]) => list.join('、');
  const departments = byYear(departmentMoves).map((move, i, all) => ({
    fromYear: move.fromYear,
    field: 'departments' as const,
    before: names(move.departmentsBefore),
    after: names(all[i + 1]?.departmentsBefore ?? now.departments),
    reason: move.reason ?? null,
  }));
  const place = (move: KpiThemeMove) => `${move.policyBefore}-${move.themeBefore}`;
  const themes = byYear(themeMoves).map((move, i, all) => {
    const next = all[i + 1];
    return {
      fromYear: move.fromYear,
      field: 'theme' as const,
      before: place(move),
      after: next === undefined ? now.place : place(next),
      reason: move.reason ?? null,
    };
  });
  return [...departments, ...themes].sort((a, b) => a.fromYear - b.fromYear);
}
