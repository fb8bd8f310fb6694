import type {
  ImportColumnView,
  ImportKpiView,
  ImportPreviewView,
  ImportProblemView,
  ImportUnplacedView,
} from '../../../domain/api-contract.ts';
import { columnLetter } from '../../../domain/column-letter.ts';
import { CAPPED_AT_100, RAISED_RATIO } from '../../../domain/inference.ts';
import type { ImportProblemKind } from '../../../domain/import-problem-kind.ts';
import type { ApiError } from '../../api/api-error.ts';
import { apiErrorMessage } from '../../i18n/api-error-message.ts';
import type { Lang, Translate } from '../../i18n/i18n.ts';
import type { MessageKey } from '../../i18n/messages-ja.ts';
import { ROLE_LABEL } from './import-labels.ts';
import {
  NONE_CHECKED,
  NONE_REPRODUCED,
  YEAR_ON_YEAR_MISMATCH,
  YEAR_ON_YEAR_UNREAD,
} from '../../../domain/import-problem-kind.ts';

/*
 * The importer (src/io/) explains its reading in English sentences, for the CLI. The page says
 * it in the reader's language: in English the importer's own sentence, in Japanese words chosen
 * from the view's structured data (role, problem kind, row and column), the English sentence
 * serving at most to pick among the importer's known kinds of reason and lend the table's own
 * words (quoted in it). An unknown sentence gets a generic Japanese one, never the English.
 */

/** The table's own words quoted in an importer's sentence ("目標", "150千人"). */
function quoted(sentence: string): string[] {
  return [...sentence.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '').filter((w) => w !== '');
}

/** Why a column got its role. */
export function columnReason(column: ImportColumnView, lang: Lang, t: Translate): string {
  if (lang === 'en') return column.because;
  if (column.setByHand) return t('importWhy_byHand');
  const role = t(ROLE_LABEL[column.role]);
  const because = column.because;
  const words = quoted(because);
  const word = words[0];
  if (/printed rates/.test(because)) return t('importWhy_rates', { role });
  if (/^a second rate column/.test(because) && word !== undefined) {
    return t('importWhy_secondRate', { rate: word });
  }
  if (/formula line/.test(because) && word !== undefined) {
    return t('importWhy_formulaLine', { formula: word, role });
  }
  if (/rate formula's letters/.test(because)) return t('importWhy_formulaLetters', { role });
  const named = /named \((.+?)\) in the rate formula of "([^"]*)"/.exec(because);
  if (named) {
    return t('importWhy_namedInFormula', { letter: named[1] ?? '', rate: named[2] ?? '', role });
  }
  if (/beside the figures the rate/.test(because) && word !== undefined) {
    return t('importWhy_besideRate', { rate: word, role });
  }
  if (/no KPI column: it names the KPIs/.test(because)) return t('importWhy_namesKpis');
  if (/the KPIs' numbers beside their names/.test(because) && word !== undefined) {
    return t('importWhy_kpiNumbers', { word });
  }
  if (/its cells are rates/.test(because) && word !== undefined) {
    return t('importWhy_rateCells', { word, role });
  }
  if (/rewritten from two-level row labels/.test(because))
    return t('importWhy_groupLines', { role });
  if (/a year's change on the base year/.test(because))
    return t('importWhy_baseYearChange', { role });
  if (/rewritten from lines of goals/.test(because)) return t('importWhy_goalLines', { role });
  if (/rewritten from blocks side by side, each named/.test(because))
    return t('importWhy_namedBlocks', { role });
  if (/of the baseline's header, at a later year/.test(because) && word !== undefined)
    return t('importWhy_measureAtYear', { word, role });
  if (/a limit the law sets/.test(because) && word !== undefined)
    return t('importWhy_statutoryLimit', { word });
  if (/rewritten from rows of years: the first year, the base/.test(because))
    return t('importWhy_firstYearBase', { role });
  if (/rewritten from rows of years: the base year’s own rate of change/.test(because))
    return t('importWhy_baseYearOwnRate');
  if (/rewritten from lines of years against a base year/.test(because))
    return t('importWhy_baseYearLines', { role });
  const foreign = /its cells are in (\S+), not the /.exec(because);
  if (foreign) return t('importWhy_foreignUnit', { unit: foreign[1] ?? '' });
  if (/its cells are grades: the latest year graded/.test(because))
    return t('importWhy_yearGrades', { role });
  if (/its cells are grades: another year's/.test(because))
    return t('importWhy_otherYearGrades', { role });
  if (/cells are text/.test(because)) return t('importWhy_textCells', { role });
  if (/its cells are units/.test(because)) return t('importWhy_unitCells', { role });
  if (/its cells are fractions/.test(because)) return t('importWhy_fractionCells', { role });
  if (/cells are figures/.test(because)) return t('importWhy_figureCells', { role });
  if (/the note above the table names for it/.test(because)) {
    return t('importWhy_noteYear', { role });
  }
  if (/the start of its difference/.test(because) && word !== undefined)
    return t('importWhy_differenceStart', { word, difference: words[1] ?? '', role });
  if (/the figure its difference/.test(because) && word !== undefined)
    return t('importWhy_besideMeasure', { word, difference: words[1] ?? '' });
  if (/as of a date/.test(because)) return t('importWhy_dated', { role });
  if (/beside the baseline: the present state/.test(because) && word !== undefined) {
    return t('importWhy_presentState', { word, role });
  }
  // A turned table's column says which row it was first ("the 22 年度 row's …: no known word").
  const own = because.replace(/^.*: /, '');
  if (own === 'no header') return t('importWhy_noHeader');
  if (own === 'no known word') return t('importWhy_noWord');
  if (own === 'only a fiscal year') return t('importWhy_yearOnly', { role });
  if (own === 'a year after the plan') return t('importWhy_yearAfterPlan', { role });
  if (own === 'an actual with its rate in brackets') return t('importWhy_actualWithRate', { role });
  if (own === 'a rate formula') return t('importWhy_rateFormula', { role });
  if (/the word/.test(because) && word !== undefined) return t('importWhy_word', { word, role });
  return t('importWhy_other', { label: column.label, role });
}

const PROBLEM_KEY: Readonly<Record<Exclude<ImportProblemKind, 'role'>, MessageKey>> = {
  unit: 'importProblem_unit',
  baseline: 'importProblem_baseline',
  'duplicate-code': 'importProblem_duplicate_code',
  total: 'importProblem_total',
  difference: 'importProblem_difference',
  rate: 'importProblem_rate',
  unreadable: 'importProblem_unreadable',
  reading: 'importProblem_reading',
};

/** The printed change and what its figures give, in a year-on-year problem's sentence. */
const YEAR_ON_YEAR_FIGURES = new RegExp(
  `printed (\\S+) in column .* ${YEAR_ON_YEAR_MISMATCH} (\\S+?),`,
);

/** What a problem is; the lack a 'role' problem names is read off the preview itself. */
export function problemText(
  problem: ImportProblemView,
  preview: ImportPreviewView,
  lang: Lang,
  t: Translate,
): string {
  // The worksheets not read are chosen on the page, not with the CLI's --sheet its sentence names.
  if (problem.kind === 'reading' && preview.sheets && /other worksheets/.test(problem.message)) {
    const { read, others } = preview.sheets;
    return t('importProblem_sheets', { read, others: others.join(lang === 'ja' ? '、' : ', ') });
  }
  if (lang === 'en') return problem.message;
  const place = { row: problem.row, column: columnLetter(problem.column) };
  if (problem.kind === 'rate' && problem.message.includes(NONE_CHECKED))
    return t('importProblem_rateUnchecked', place);
  if (problem.kind === 'rate' && problem.message.includes(YEAR_ON_YEAR_MISMATCH)) {
    const [, printed = '', computed = ''] = YEAR_ON_YEAR_FIGURES.exec(problem.message) ?? [];
    return t('importProblem_yearOnYear', { ...place, printed, computed });
  }
  if (problem.kind === 'rate' && problem.message.includes(YEAR_ON_YEAR_UNREAD)) {
    const [label] = quoted(problem.message);
    return t('importProblem_yearOnYearUnread', { ...place, label: label ?? '' });
  }
  if (problem.kind === 'rate' && problem.message.includes(NONE_REPRODUCED)) {
    const [label] = quoted(problem.message);
    return t('importProblem_rateUnread', { ...place, label: label ?? '' });
  }
  if (problem.kind !== 'role') {
    const text = t(PROBLEM_KEY[problem.kind], place);
    // The table's own words the importer quotes (a cell, a unit), when they are not English.
    const own = quoted(problem.message).filter((w) => !/[A-Za-z]{3,}\s+[A-Za-z]{2,}/.test(w));
    return own.length === 0 ? text : `${text}（${own.map((w) => `「${w}」`).join('、')}）`;
  }
  if (preview.fiscalYear === null) return t('importProblem_role_year', place);
  const hasActuals = preview.columns.some((c) => c.role === 'actual' || c.role === 'cumulative');
  if (!hasActuals) return t('importProblem_role_actual', place);
  if (preview.kpis.length === 0) return t('importProblem_role_kpis', place);
  return t('importProblem_role_other', place);
}

/** Why a cell was not placed. */
export function unplacedReason(cell: ImportUnplacedView, lang: Lang, t: Translate): string {
  if (lang === 'en') return cell.reason;
  const reason = cell.reason;
  if (reason === 'not a figure') return t('importUnplaced_notFigure');
  if (reason === 'not a rate') return t('importUnplaced_notRate');
  if (reason === 'unreadable in the source') return t('importUnplaced_unreadable');
  if (/has no place for it/.test(reason)) return t('importUnplaced_noPlace');
  if (/neither 単年度 nor 累計/.test(reason)) return t('importUnplaced_counting');
  if (/ignored by the importer's mapping/.test(reason)) return t('importUnplaced_ignored');
  if (/digits before the point/.test(reason)) return t('importUnplaced_tooManyDigits');
  if (/digits after the point/.test(reason)) return t('importUnplaced_tooManyDecimals');
  return t('importUnplaced_other', { row: cell.row, column: columnLetter(cell.column) });
}

/** The importer's words of a rule (domain/inference.ts describeRule), in Japanese. */
const RULE_WORDS: readonly (readonly [string, MessageKey])[] = [
  ['(actual − baseline) ÷ (target − baseline)', 'importRule_progress'],
  ['(actual − baseline) ÷ baseline', 'importRule_change'],
  ['(baseline − actual) ÷ baseline', 'importRule_reduction'],
  ['(target − actual) ÷ target', 'importRule_gap'],
  ['(actual − target) ÷ target', 'importRule_deviation'],
  // Before the ratio, whose words it holds.
  ['2 − actual ÷ target', 'importRule_twoMinusRatio'],
  ['actual ÷ target', 'importRule_ratio'],
  ['target ÷ actual', 'importRule_inverse'],
  // Before the bases against the target, whose words they hold.
  ["its target the year's own plan", 'importRule_milestone'],
  ['its target the sum of the yearly plans', 'importRule_milestoneSum'],
  ["the report year's actual", 'importRule_latest'],
  ['the cumulative actual', 'importRule_cumulative'],
  ['the sum of the yearly actuals', 'importRule_periodSum'],
];

/**
 * How the printed rate was reproduced (or why not), for the rates table: the rule in Japanese
 * when the importer's words are all known, else a sentence that still says which way it went.
 */
export function kpiCheckText(kpi: ImportKpiView, lang: Lang, t: Translate): string {
  if (lang === 'en') return kpi.rule ?? kpi.reason ?? '';
  if (kpi.rule !== null) {
    const [formula, basis] = RULE_WORDS.filter(([words]) => kpi.rule?.includes(words)).map(
      ([, key]) => t(key),
    );
    const rounding = /cut off/.test(kpi.rule) ? t('importRule_truncate') : t('importRule_halfUp');
    const decimals = /(\d+) decimal/.exec(kpi.rule)?.[1];
    const places =
      decimals === undefined ? t('importRule_whole') : t('importRule_decimals', { decimals });
    if (formula === undefined || basis === undefined) return t('importRule_matched');
    return t('importRule_text', { formula, basis, rounding, places });
  }
  if (kpi.reason?.startsWith(RAISED_RATIO))
    return t('importRule_raisedRatio', { printed: kpi.printed ?? '' });
  if (kpi.reason?.startsWith(CAPPED_AT_100))
    return t('importRule_capped', { printed: kpi.printed ?? '' });
  if (kpi.reason !== null) return t('importRule_unmatched', { printed: kpi.printed ?? '' });
  return '';
}

/**
 * A read or import the server refused: in Japanese, a refusal of the file names the file, row
 * and column it stopped at (the server's sentence is English); anything else as elsewhere.
 */
export function importErrorMessage(error: ApiError, lang: Lang, t: Translate): string {
  if (lang === 'en' || error.code !== 'import') return apiErrorMessage(error, t);
  const details: unknown = error.details;
  const field = (name: string): unknown =>
    typeof details === 'object' && details !== null && name in details
      ? (details as Record<string, unknown>)[name]
      : undefined;
  const file = field('file');
  const row = field('row');
  const column = field('column');
  const place =
    typeof row === 'number' && typeof column === 'number'
      ? t('importPlace_cell', { row, column: columnLetter(column) })
      : typeof row === 'number'
        ? t('importPlace_row', { row })
        : t('importPlace_table');
  const name = typeof file === 'string' ? file : '';
  const limit = brokenLimit(error.message);
  if (limit !== null)
    return t('importRefusedLimit', { file: name, place, what: t(limit.what), limit: limit.limit });
  return t('importRefused', { file: name, place });
}

/** What each limit of a read counts, by the words the reader's refusal says it in. */
const LIMIT_WHAT: readonly (readonly [RegExp, MessageKey])[] = [
  [/ rows \(limit/, 'importLimit_rows'],
  [/ columns \(limit/, 'importLimit_columns'],
  [/ cells \(limit/, 'importLimit_cells'],
  [/ characters \(limit/, 'importLimit_characters'],
  [/ worksheets \(limit/, 'importLimit_sheets'],
  [/ merged ranges \(limit/, 'importLimit_merged'],
  [/ files inside the workbook \(limit/, 'importLimit_zipEntries'],
  [/ once uncompressed \(limit/, 'importLimit_uncompressed'],
  [/ pages \(limit/, 'importLimit_pages'],
  [/ streams \(limit|inflates past/, 'importLimit_pdfStreams'],
  [/ of memory to read \(limit/, 'importLimit_memory'],
  [/took longer than .* to read \(limit/, 'importLimit_time'],
  [/a file of more than .* \(limit/, 'importLimit_fileBytes'],
];

/**
 * The limit a refused read broke, said in Japanese (「列数」 and its limit 200), from the
 * reader's sentence ("more than 200 columns (limit 200)"); null when it broke none.
 */
function brokenLimit(message: string): { what: MessageKey; limit: string } | null {
  const limit = /\(limit ([^)]+)\)/.exec(message)?.[1];
  if (limit === undefined) return null;
  const what = LIMIT_WHAT.find(([words]) => words.test(message))?.[1];
  return what === undefined ? null : { what, limit };
}
