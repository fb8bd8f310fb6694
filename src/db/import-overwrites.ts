import { sameNarrative } from '../domain/narrative-text.ts';
import type { Kysely } from 'kysely';
import type { Figure } from '../domain/figure.ts';
import { formatFigureText } from '../domain/figure.ts';
import type { FiscalYear } from '../domain/fiscal-year.ts';
import { fiscalYear, formatFiscalYear } from '../domain/fiscal-year.ts';
import type { Plan } from '../domain/model.ts';
import { planKpis } from '../domain/model.ts';
import { sameFigure } from '../domain/plan-diff.ts';
import { figureFromColumns } from './columns.ts';
import type { FigureSeries, FigureState } from './records.ts';
import type { Database } from './tables.ts';

/** A stored entry a save would replace with something else. */
export interface EntryOverwrite {
  readonly code: string;
  readonly what: FigureSeries | 'narrative';
  readonly fiscalYear: FiscalYear;
  readonly department: string | null;
  readonly state: FigureState;
  /** The stored figure or narrative as text, and what the save would put in its place. */
  readonly stored: string;
  readonly incoming: string;
}

/**
 * The states an entry has only when a person entered it: a department's draft, a submitted
 * entry awaiting review, one sent back. An import writes `approved` (it loads a published
 * table), and the collection round sets `approved` when the planning division accepts an
 * entry; from then on the published report is the record, and a later import may correct it
 * (listed as changed). An entry still in one of these states, though, was typed in after any
 * published file it could come from was made: replacing it silently would lose a department's
 * work. No date can tell this instead: a TSV or CSV carries none.
 */
const ENTERED: readonly FigureState[] = ['draft', 'submitted', 'returned'];

const key = (code: string, what: string, department: string | null, year: number): string =>
  `${code}/${what}/${department ?? ''}/${year}`;

const clip = (text: string): string => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

function incomingFigures(plan: Plan): Map<string, Figure> {
  const figures = new Map<string, Figure>();
  for (const kpi of planKpis(plan)) {
    const put = (what: FigureSeries, department: string | null, list: typeof kpi.actuals) => {
      for (const f of list) figures.set(key(kpi.code, what, department, f.fiscalYear), f.figure);
    };
    put('milestone', null, kpi.milestones);
    put('actual', null, kpi.actuals);
    put('cumulative', null, kpi.cumulativeActuals);
    for (const d of kpi.departmentActuals) put('actual', d.department, d.actuals);
  }
  return figures;
}

function incomingNarratives(plan: Plan): Map<string, string> {
  return new Map(
    planKpis(plan).flatMap((kpi) =>
      kpi.narratives.map((n) => [key(kpi.code, 'narrative', n.department, n.fiscalYear), n.text]),
    ),
  );
}

/**
 * The entries of a stored plan (figures and narratives entered through the collection round
 * and not yet approved) that saving `plan` over it would replace with a different value.
 * An entry the plan leaves out, or gives the same value, is not listed.
 */
export async function findEntryOverwrites(
  trx: Kysely<Database>,
  planId: number,
  plan: Plan,
): Promise<EntryOverwrite[]> {
  const [figures, narratives] = await Promise.all([
    trx
      .selectFrom('year_figures')
      .innerJoin('kpis', 'kpis.id', 'year_figures.kpi_id')
      .leftJoin('departments', 'departments.id', 'year_figures.department_id')
      .select(['kpis.code', 'departments.name as department'])
      .select(['series', 'fiscal_year', 'value', 'secondary', 'mark', 'estimate', 'state'])
      .where('kpis.plan_id', '=', planId)
      .where('year_figures.state', 'in', ENTERED)
      .execute(),
    trx
      .selectFrom('narratives')
      .innerJoin('kpis', 'kpis.id', 'narratives.kpi_id')
      .leftJoin('departments', 'departments.id', 'narratives.department_id')
      .select(['kpis.code', 'departments.name as department'])
      .select(['fiscal_year', 'text', 'state'])
      .where('kpis.plan_id', '=', planId)
      .where('narratives.state', 'in', ENTERED)
      .execute(),
  ]);
  const newFigures = incomingFigures(plan);
  const newTexts = incomingNarratives(plan);
  const overwrites: EntryOverwrite[] = [];
  for (const row of figures) {
    const incoming = newFigures.get(key(row.code, row.series, row.department, row.fiscal_year));
    const stored = figureFromColumns(row);
    if (incoming === undefined || sameFigure(stored, incoming)) continue;
    overwrites.push({
      ...place(row, row.series),
      stored: formatFigureText(stored),
      incoming: formatFigureText(incoming),
    });
  }
  for (const row of narratives) {
    const incoming = newTexts.get(key(row.code, 'narrative', row.department, row.fiscal_year));
    if (incoming === undefined || sameNarrative(incoming, row.text)) continue;
    overwrites.push({
      ...place(row, 'narrative'),
      stored: clip(row.text),
      incoming: clip(incoming),
    });
  }
  return overwrites.sort((a, b) => describeOverwrite(a).localeCompare(describeOverwrite(b)));
}

function place(
  row: { code: string; department: string | null; fiscal_year: number; state: FigureState },
  what: EntryOverwrite['what'],
) {
  return {
    code: row.code,
    what,
    fiscalYear: fiscalYear(row.fiscal_year),
    department: row.department,
    state: row.state,
  };
}

/** One line per entry: "⑩ R5 actual (総務課, draft): 3 → 1". */
export function describeOverwrite(o: EntryOverwrite): string {
  const who = o.department === null ? o.state : `${o.department}, ${o.state}`;
  return `${o.code} ${formatFiscalYear(o.fiscalYear)} ${o.what} (${who}): ${o.stored} → ${o.incoming}`;
}
