import { entryKpi } from './entry-kpi.ts';
import type { Kysely } from 'kysely';
import { findEvaluationScheme, listEvaluations } from '../db/evaluation-repository.ts';
import { getKpiHistory } from '../db/kpi-history.ts';
import type { Database } from '../db/tables.ts';
import { entryCheckMessage, previewEntry } from '../domain/entry-preview.ts';
import { formatFigureText } from '../domain/figure.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import type { RoundEntry } from '../domain/round.ts';
import { EntryStateError } from './round-errors.ts';

/**
 * Refuses to submit an entry whose stored draft the form's own checks refuse: a figure that is
 * not in the KPI's form, or a KPI off track (or a cumulative figure that does not carry on)
 * with no narrative to say why. The same previewEntry the form runs as the editor types, so a
 * request sent around the form meets the same rules. A jump far outside the trend is the
 * editor's to confirm in the form and is not asked again here.
 */
export async function requireSubmittable(
  trx: Kysely<Database>,
  planId: number,
  entry: RoundEntry,
  fiscalYear: FiscalYear,
): Promise<void> {
  const counting = await entryKpi(trx, planId, { ...entry, fiscalYear });
  if (counting === undefined) return;
  const { plan, kpi, slotDepartment: department } = counting;
  const history = await getKpiHistory(trx, entry.kpiId);
  const inSlot = (r: { fiscalYear: FiscalYear; department: string | null }) =>
    r.fiscalYear === fiscalYear && r.department === department;
  const figureText = (series: 'actual' | 'cumulative') => {
    const found = history.figures.find((f) => f.series === series && inSlot(f));
    return found ? formatFigureText(found.figure) : '';
  };
  const preview = previewEntry(
    {
      kpi,
      fiscalYear,
      department,
      ratePrecision: plan.ratePrecision,
      gradeScale: plan.gradeScale,
      planEnd: plan.endYear,
    },
    {
      figure: figureText('actual'),
      cumulative: figureText('cumulative'),
      narrative: history.narratives.find(inSlot)?.text ?? '',
      confirmedJump: true,
    },
  );
  const reasons = preview.submittable
    ? []
    : preview.checks
        .filter((c) => c.severity !== 'confirm')
        .map((c) => entryCheckMessage(c, kpi.unit));
  // The KPI's own row carries its self-evaluation (一次評価) where the plan uses that level.
  if (department === null && (await lacksSelfEvaluation(trx, planId, entry.kpiId, fiscalYear))) {
    reasons.push(
      '一次評価（自己評価）がありません。評価と理由を入力してください (no self-evaluation)',
    );
  }
  if (reasons.length === 0) return;
  throw new EntryStateError(
    `${entry.code} ${entry.department}: 提出できません (cannot submit): ${reasons.join(' / ')}`,
    entry.state,
    false,
  );
}

async function lacksSelfEvaluation(
  trx: Kysely<Database>,
  planId: number,
  kpiId: number,
  fiscalYear: FiscalYear,
): Promise<boolean> {
  const { scheme } = await findEvaluationScheme(trx, planId);
  if (!scheme.levels.includes('self')) return false;
  const written = await listEvaluations(trx, kpiId, fiscalYear);
  return !written.some((e) => e.level === 'self');
}
