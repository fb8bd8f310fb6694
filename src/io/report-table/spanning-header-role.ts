import type { FiscalYearContext } from '../../domain/fiscal-year.ts';
import { beforePlan, namesYear } from './bracketed-year-label.ts';
import type { HeaderClass } from './column-role.ts';
import { classifyHeader, headerYear } from './column-role.ts';

/** Roles of figures a spanning header can name for all the columns under it. */
const FIGURE_ROLES = new Set(['actual', 'target', 'baseline', 'cumulative']);

/**
 * A column under a spanning header naming the indicators (石巻市 地方創生先行型 結果報告:
 * 「本事業における重要業績評価指標(KPI)」 over 指標 | 指標値 | 単位): its own word says which part of
 * the indicator it holds (単位 the unit), not the 指標 every joined label holds. Null when its own
 * words name no part or name the indicator again (指標, 指標値: left to the joined words).
 */
function indicatorPart(lower: string, top: string, context: FiscalYearContext): HeaderClass | null {
  const own = classifyHeader(lower, context);
  if (own.role.kind === 'other' || own.role.kind === 'kpi') return null;
  return { role: own.role, because: `${own.because} under "${top}"` };
}

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
  const topKind = classifyHeader(top, context).role.kind;
  const lower = label.slice(top.length);
  if (topKind === 'kpi') return indicatorPart(lower, top, context);
  if (!FIGURE_ROLES.has(topKind)) return null;
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
