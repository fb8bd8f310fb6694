import type { FiscalYearContext } from '../../domain/fiscal-year.ts';
import { beforePlan, namesYear } from './bracketed-year-label.ts';
import type { HeaderClass } from './column-role.ts';
import { classifyHeader, headerYear } from './column-role.ts';

/** Roles of figures a spanning header can name for all the columns under it. */
const FIGURE_ROLES = new Set(['actual', 'target', 'baseline', 'cumulative']);

/**
 * The role of a column under a spanning header that itself names a kind of figure (木島平村
 * 財政健全化計画等執行状況 「計画前年度実績(又は補償金免除額)」 over 実績値 | 乖離値): the column's own
 * words decide (乖離値 a printed difference, not a 実績), the year the spanning header names kept;
 * an actual under the year before the plan (計画前年度) is the baseline. Null when the column has
 * no words of its own that a rule knows (a year alone: 第8期計画値 over R3 | R4 | R5), or the spanning
 * header names no kind of figure: the joined label's words decide, as before.
 */
export function spannedRole(
  label: string,
  block: string,
  context: FiscalYearContext,
): HeaderClass | null {
  const top = block.trim();
  if (top === '' || label === top || !label.startsWith(top)) return null;
  if (!FIGURE_ROLES.has(classifyHeader(top, context).role.kind)) return null;
  const lower = label.slice(top.length);
  // A year alone under it (第8期計画値 over R3 | R4 | R5) is the spanning header's year: its words decide.
  if (namesYear(lower)) return null;
  const own = classifyHeader(lower, context);
  if (own.role.kind === 'other') return null;
  const because = `${own.because} under "${top}"`;
  if (!('fiscalYear' in own.role)) return { role: own.role, because };
  const fiscalYear = own.role.fiscalYear ?? headerYear(label, context);
  if (own.role.kind === 'actual' && beforePlan(top))
    return {
      role: { kind: 'baseline', fiscalYear },
      because: `${because}: the year before the plan`,
    };
  return { role: { ...own.role, fiscalYear }, because };
}
