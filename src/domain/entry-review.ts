import { previewEntry } from './entry-preview.ts';
import { entrySlotDepartment } from './entry-slot.ts';
import { formatFigureText } from './figure.ts';
import type { FiscalYear } from './fiscal-year.ts';
import type { GradeScale } from './grade-scale.ts';
import type { Kpi, YearFigure } from './model.ts';
import type { RatePrecision } from './rate-format.ts';

/**
 * What a department wrote into one entry of a round, as stored: the year's figure of its row
 * (the KPI's own, or the department's of a breakdown), the printed cumulative figure where
 * the KPI keeps one, and the narrative. Null where nothing is stored.
 */
export interface EntryTexts {
  readonly figure: string | null;
  readonly cumulative: string | null;
  readonly narrative: string | null;
}

export type EntryTextField = keyof EntryTexts;
const FIELDS: readonly EntryTextField[] = ['figure', 'cumulative', 'narrative'];

/** A field an editor changed after the entry was returned: what it read then, what it reads now. */
export interface EntryTextChange {
  readonly field: EntryTextField;
  readonly before: string | null;
  readonly after: string | null;
}

/**
 * What a reviewer reads of an entry beside its state (the board, the entry page): the texts
 * as written, the rate and grade they give (the same previewEntry the form runs and the
 * submission check uses), last year's figure of the same row, and what changed since the
 * entry was last returned.
 */
export interface EntrySubmission extends EntryTexts {
  /** The KPI's unit, to print beside the figures. */
  readonly unit: string;
  readonly rate: string | null;
  readonly grade: string | null;
  readonly previous: { readonly fiscalYear: FiscalYear; readonly figure: string } | null;
  /** Null when the entry was never returned (or returned before what it read was kept). */
  readonly changesSinceReturn: readonly EntryTextChange[] | null;
}

/**
 * What a reviewer reads of an entry whose KPI the plan no longer counts (retired since the
 * round opened): nothing entered that the plan would count.
 */
export const NOTHING_SUBMITTED: EntrySubmission = {
  figure: null,
  cumulative: null,
  narrative: null,
  unit: '',
  rate: null,
  grade: null,
  previous: null,
  changesSinceReturn: null,
};

function seriesOf(kpi: Kpi, department: string | null): readonly YearFigure[] {
  return department === null
    ? kpi.actuals
    : (kpi.departmentActuals.find((d) => d.department === department)?.actuals ?? []);
}

function yearText(series: readonly YearFigure[], year: FiscalYear): string | null {
  const found = series.find((f) => f.fiscalYear === year);
  return found === undefined ? null : formatFigureText(found.figure);
}

/**
 * The texts stored for an entry's row in a year, read off the KPI as stored (drafts included).
 * The cumulative row is the KPI's own, so only the KPI's own row carries it.
 * @example
 * // ⑩ R6 as 企画課 saved it: 1 this year, 累計 4, and the narrative.
 * storedEntryTexts(kpi10, null, 2024) // → { figure: '1', cumulative: '4', narrative: '…' }
 */
export function storedEntryTexts(
  kpi: Kpi,
  slotDepartment: string | null,
  year: FiscalYear,
): EntryTexts {
  return {
    figure: yearText(seriesOf(kpi, slotDepartment), year),
    cumulative: slotDepartment === null ? yearText(kpi.cumulativeActuals, year) : null,
    narrative:
      kpi.narratives.find((n) => n.fiscalYear === year && n.department === slotDepartment)?.text ??
      null,
  };
}

/** The fields whose text differs between what an entry read when returned and what it reads now. */
export function changedTexts(before: EntryTexts, after: EntryTexts): EntryTextChange[] {
  return FIELDS.filter((field) => before[field] !== after[field]).map((field) => ({
    field,
    before: before[field],
    after: after[field],
  }));
}

/** The latest figure of the row before the year, as printed. */
function previousFigure(
  kpi: Kpi,
  department: string | null,
  year: FiscalYear,
): EntrySubmission['previous'] {
  const before = [...seriesOf(kpi, department)]
    .filter((f) => f.fiscalYear < year)
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .at(-1);
  return before === undefined
    ? null
    : { fiscalYear: before.fiscalYear, figure: formatFigureText(before.figure) };
}

export interface EntryReviewInput {
  /** The KPI as stored, drafts included: where the entry's own texts are read. */
  readonly stored: Kpi;
  /** The KPI as it counts (approved figures only, corrections in review as they were approved). */
  readonly approved: Kpi;
  readonly department: string;
  readonly fiscalYear: FiscalYear;
  readonly ratePrecision: RatePrecision;
  readonly gradeScale: GradeScale;
  readonly planEnd: FiscalYear | null;
  /** What the entry read when it was last returned, when that was kept. */
  readonly returnedWith: EntryTexts | null;
}

/**
 * One entry as its reviewer reads it: the stored texts of its row put in place of the approved
 * ones, and the rate and grade they give — as the entry form shows its editor and as the
 * report will count it once approved.
 * @example
 * // ⑦ R6 282,000 m² submitted by 企画課 against 264,000 (a decrease KPI): 94%, B; R5 283179 beside it.
 * reviewEntry({ stored: kpi7WithDraft, approved: kpi7, department: '企画課', fiscalYear: 2024, … })
 */
export function reviewEntry(input: EntryReviewInput): EntrySubmission {
  const slotDepartment = entrySlotDepartment(input.stored, input.department);
  const texts = storedEntryTexts(input.stored, slotDepartment, input.fiscalYear);
  const preview = previewEntry(
    {
      kpi: input.approved,
      fiscalYear: input.fiscalYear,
      department: slotDepartment,
      ratePrecision: input.ratePrecision,
      gradeScale: input.gradeScale,
      planEnd: input.planEnd,
    },
    {
      figure: texts.figure ?? '',
      cumulative: texts.cumulative ?? '',
      narrative: texts.narrative ?? '',
      confirmedJump: true,
    },
  );
  return {
    ...texts,
    unit: input.stored.unit,
    rate: preview.rate,
    grade: preview.grade,
    previous: previousFigure(input.approved, slotDepartment, input.fiscalYear),
    changesSinceReturn:
      input.returnedWith === null ? null : changedTexts(input.returnedWith, texts),
  };
}
