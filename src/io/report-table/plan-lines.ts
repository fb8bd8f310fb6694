import type { ColumnRoleName } from '../../domain/column-role-name.ts';
import { classifyHeader } from './column-role.ts';

/** What a line no line word names must not measure, read as a header: a result, a rate, a grade. */
const MEASURING = new Set(['actual', 'cumulative', 'rate', 'grade', 'difference', 'baseline']);

/** A result estimated or not yet settled (見込, 速報, 暫定): a measure, though no header word says so. */
const ESTIMATED = /見込|速報|暫定/;

/**
 * A KPI's lines named in a column of their own that are a plan's alone (合志市 施策評価
 * 「成り行き値」 / 「目標値」 over 平成23–27年度): one line the plan, the others no line word names
 * and no header word takes for a measure (a projection, kept as printed; not 「決算」 or
 * 「現況」, which are results, nor 「見込」, a result estimated), none a result. Two lines or more.
 */
export function planLinesOnly(
  lines: readonly string[],
  namedRoles: readonly ColumnRoleName[],
): boolean {
  const others = lines.length - namedRoles.length;
  return (
    lines.length >= 2 &&
    others >= 1 &&
    namedRoles.includes('target') &&
    namedRoles.every((role) => role === 'target') &&
    lines.every((w) => !MEASURING.has(classifyHeader(w).role.kind) && !ESTIMATED.test(w))
  );
}

/**
 * A header naming the KPI's starting point (「平成 21 年度 現状値」, 「基準値 H25」): a column of the
 * KPI's own, printed on its first line, not a year of its lines.
 */
export function baselineHeader(label: string): boolean {
  return classifyHeader(label).role.kind === 'baseline';
}
