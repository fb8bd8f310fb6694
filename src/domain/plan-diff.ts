import { sameNarrative } from './narrative-text.ts';
import type { Figure } from './figure.ts';
import { formatFigureText } from './figure.ts';
import type { FiscalYear } from './fiscal-year.ts';
import { formatFiscalYear } from './fiscal-year.ts';
import type { Baseline, Kpi, Narrative, Plan, Target, YearFigure } from './model.ts';
import { planKpis } from './model.ts';

/**
 * What saving a plan over the stored one adds and changes, one readable line each
 * ("⑩ R5 actual 0 → 1", "KPI ㉑ added"). A save merges: what the incoming plan leaves out
 * (earlier years, KPIs of another table) is kept, so it is neither listed nor removed.
 */
export interface PlanChanges {
  readonly added: string[];
  readonly changed: string[];
}

export function sameFigure(a: Figure, b: Figure): boolean {
  return (
    a.value === b.value &&
    a.secondary === b.secondary &&
    a.mark === b.mark &&
    a.estimate === b.estimate
  );
}

const inYear = (fy: FiscalYear | null): string => (fy === null ? '' : ` (${formatFiscalYear(fy)})`);
const orDash = (fy: FiscalYear | null): string => (fy === null ? '-' : formatFiscalYear(fy));
const baselineText = (b: Baseline | null): string =>
  b ? `${b.value}${inYear(b.fiscalYear)}` : '-';
const targetText = (t: Target | null): string =>
  t ? `${t.kind === 'value' ? '' : `${t.kind} `}${t.value}${inYear(t.fiscalYear)}` : '-';
const list = (items: readonly string[]): string => items.join(' ') || '-';
/** A grade's cut as a percent: 4/5 → "80%", 925/1000 → "92.5%". */
const percentText = (min: { numerator: bigint; denominator: bigint }): string =>
  `${Number((min.numerator * 10000n) / min.denominator) / 100}%`;
const gradeText = (plan: Plan): string =>
  plan.gradeScale.grades.map((g) => `${g.label}${g.min ? `≥${percentText(g.min)}` : ''}`).join(' ');
const precisionText = (plan: Plan): string =>
  `${plan.ratePrecision.decimals}${plan.ratePrecision.widenNear100 ? '+' : ''}`;

class ChangeList implements PlanChanges {
  readonly added: string[] = [];
  readonly changed: string[] = [];

  field(label: string, before: string, after: string): void {
    if (before !== after) this.changed.push(`${label} ${before} → ${after}`);
  }
}

function diffFigures(
  out: ChangeList,
  label: (fy: FiscalYear) => string,
  stored: readonly YearFigure[],
  incoming: readonly YearFigure[],
): void {
  const byYear = new Map(stored.map((entry) => [entry.fiscalYear, entry.figure]));
  for (const { fiscalYear, figure } of incoming) {
    const before = byYear.get(fiscalYear);
    if (before === undefined) out.added.push(`${label(fiscalYear)} ${formatFigureText(figure)}`);
    else if (!sameFigure(before, figure)) {
      const change = `${formatFigureText(before)} → ${formatFigureText(figure)}`;
      out.changed.push(`${label(fiscalYear)} ${change}`);
    }
  }
}

function diffNarratives(out: ChangeList, code: string, before: Kpi, after: Kpi): void {
  const key = (n: Narrative) => `${n.fiscalYear}/${n.department ?? ''}`;
  const stored = new Map(before.narratives.map((n) => [key(n), n.text]));
  for (const narrative of after.narratives) {
    const text = stored.get(key(narrative));
    const where = narrative.department === null ? '' : ` (${narrative.department})`;
    const name = `${code} ${formatFiscalYear(narrative.fiscalYear)} narrative${where}`;
    if (text === undefined) out.added.push(name);
    else if (!sameNarrative(text, narrative.text)) out.changed.push(`${name} rewritten`);
  }
}

function diffKpi(out: ChangeList, before: Kpi, after: Kpi): void {
  const c = after.code;
  out.field(`${c} title`, before.title, after.title);
  out.field(`${c} note`, before.note ?? '-', after.note ?? '-');
  out.field(`${c} tags`, list(before.tags), list(after.tags));
  out.field(`${c} departments`, list(before.departments), list(after.departments));
  out.field(`${c} unit`, before.unit, after.unit);
  out.field(`${c} baseline`, baselineText(before.baseline), baselineText(after.baseline));
  out.field(`${c} counting`, before.counting, after.counting);
  out.field(`${c} direction`, before.direction, after.direction);
  out.field(`${c} basis`, before.basis, after.basis);
  out.field(`${c} formula`, before.formula, after.formula);
  out.field(`${c} target`, targetText(before.target), targetText(after.target));
  const extras = (k: Kpi) => k.extras.map((e) => `${e.label}: ${e.text}`).join('; ') || '-';
  out.field(`${c} other columns`, extras(before), extras(after));
  const row = (kind: string) => (fy: FiscalYear) => `${c} ${formatFiscalYear(fy)} ${kind}`;
  diffFigures(out, row('milestone'), before.milestones, after.milestones);
  diffFigures(out, row('actual'), before.actuals, after.actuals);
  for (const { department, actuals } of after.departmentActuals) {
    const stored = before.departmentActuals.find((d) => d.department === department);
    diffFigures(out, row(`actual (${department})`), stored?.actuals ?? [], actuals);
  }
  diffFigures(out, row('cumulative'), before.cumulativeActuals, after.cumulativeActuals);
  if (after.cumulativeActuals.length > 0)
    out.field(`${c} cumulative label`, before.cumulativeLabel, after.cumulativeLabel);
  diffNarratives(out, c, before, after);
}

function diffTree(out: ChangeList, stored: Plan, incoming: Plan): void {
  const storedKpis = new Map(planKpis(stored).map((kpi) => [kpi.code, kpi]));
  for (const policy of incoming.policies) {
    const before = stored.policies.find((p) => p.number === policy.number);
    const label = `basic policy ${policy.number}`;
    if (before === undefined) out.added.push(`${label} added`);
    else out.field(`${label} name`, before.name, policy.name);
    for (const theme of policy.themes) {
      const old = before?.themes.find((t) => t.number === theme.number);
      const themeLabel = `theme program ${policy.number}/${theme.number}`;
      if (old === undefined) out.added.push(`${themeLabel} added`);
      else {
        out.field(`${themeLabel} name`, old.name, theme.name);
        out.field(`${themeLabel} action items`, list(old.actionItems), list(theme.actionItems));
      }
      for (const kpi of theme.kpis) {
        const previous = storedKpis.get(kpi.code);
        if (previous === undefined) out.added.push(`KPI ${kpi.code} added`);
        else {
          if (!old?.kpis.some((k) => k.code === kpi.code)) {
            out.changed.push(`${kpi.code} moved to ${themeLabel}`);
          }
          diffKpi(out, previous, kpi);
        }
      }
    }
  }
}

/**
 * Lists what saving `incoming` over `stored` (null: nothing stored yet) adds and changes.
 * @example diffPlans(r4Plan, r5Plan).changed // ['⑩ R5 actual 0 → 1']
 */
export function diffPlans(stored: Plan | null, incoming: Plan): PlanChanges {
  const out = new ChangeList();
  if (stored === null) {
    out.added.push(`plan ${incoming.name} added`);
    for (const kpi of planKpis(incoming)) out.added.push(`KPI ${kpi.code} added`);
    return out;
  }
  out.field(
    'plan period',
    `${orDash(stored.startYear)}–${orDash(stored.endYear)}`,
    `${orDash(incoming.startYear)}–${orDash(incoming.endYear)}`,
  );
  out.field('rate precision', precisionText(stored), precisionText(incoming));
  out.field('grade scale', gradeText(stored), gradeText(incoming));
  diffTree(out, stored, incoming);
  return { added: out.added, changed: out.changed };
}
