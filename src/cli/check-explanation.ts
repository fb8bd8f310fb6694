import { formatFiscalYear } from '../domain/fiscal-year.ts';
import { columnLetter } from '../domain/column-letter.ts';
import type {
  FiscalYearReading,
  RowKindName,
  RowReading,
  TableReading,
} from '../io/report-table/table-reading.ts';
import { placedCells } from '../io/report-table/table-reading.ts';
import { SET_BY_HAND } from '../io/report-table/header-map.ts';
import type { YearOnYearReading } from '../io/report-table/year-on-year.ts';
import { yearOnYearFormulaText } from '../io/report-table/year-on-year.ts';
import { textTable, truncate } from './text-table.ts';

const SOURCE_WORDS: Record<FiscalYearReading['source'], string> = {
  option: 'given with --fy',
  header: 'from',
  title: 'from',
  inferred: 'inferred from',
};

/** "report year R5 inferred from the latest year column with actuals (column F)". */
export function reportYearLine(year: FiscalYearReading | null): string {
  if (year === null)
    return 'report year not known: the table names none, its rates checked as of no year in particular; give it with --fy';
  const short = formatFiscalYear(year.year, 'short');
  if (year.source === 'option') return `report year ${short} ${SOURCE_WORDS.option}`;
  return `report year ${short} ${SOURCE_WORDS[year.source]} ${year.because}`;
}

const ROW_KINDS: readonly [RowKindName, string][] = [
  ['title', 'title rows'],
  ['header', 'header rows'],
  ['kpi', 'KPI rows'],
  ['subtotal', 'subtotal (計, 小計) rows'],
  ['wrapped', 'rows continuing the KPI name above (wrapped)'],
  ['grand-total', 'grand total (合計) rows'],
  ['cumulative', 'cumulative (累計) rows'],
  ['department', 'department rows'],
  ['total', 'total (合計) rows under a KPI'],
  ['heading', 'plan-tree headings'],
  ['duplicate', 'rows repeating a KPI code (not read)'],
  ['note', 'notes on the table (※…)'],
  ['stray', 'rows neither KPI nor continuation'],
];

const rowLabel = (r: RowReading) =>
  `${r.row}${r.kpi !== null && r.kind !== 'kpi' ? ` (${r.kpi})` : ''}${r.shift > 0 ? ` →${r.shift}` : ''}`;

/** "Roles set by hand: D actual, E target", when any was (--column, a saved mapping). */
function byHandLines(reading: TableReading): string[] {
  const set = reading.columns.filter((c) => c.because === SET_BY_HAND);
  if (set.length === 0) return [];
  return [`Roles set by hand: ${set.map((c) => `${columnLetter(c.column)} ${c.role}`).join(', ')}`];
}

/**
 * How `check --explain` shows a reading: each column's role and the header words behind it,
 * the data rows by kind (row numbers; a continuation names its KPI, →n a row moved right n
 * columns), and the report year with its source.
 */
export function explanationLines(reading: TableReading): string[] {
  const columns = textTable([
    ['column', 'header', 'role', 'because'],
    ...reading.columns.map((c) => [
      columnLetter(c.column),
      truncate(c.label || '(none)', 30),
      c.fiscalYear === null ? c.role : `${c.role} ${formatFiscalYear(c.fiscalYear, 'short')}`,
      c.because,
    ]),
  ]);
  const rows = ROW_KINDS.flatMap(([kind, title]) => {
    const of = reading.rows.filter((r) => r.kind === kind);
    return of.length === 0 ? [] : [`  ${title} (${of.length}): ${of.map(rowLabel).join(', ')}`];
  });
  return [
    'Columns:',
    ...columns.split('\n').map((line) => `  ${line}`),
    '',
    'Rows:',
    ...rows,
    '',
    `Report year: ${reportYearLine(reading.fiscalYear).replace(/^report year /, '')}`,
    ...(reading.unit === '' ? [] : [`Unit of the table: ${reading.unit}`]),
    `Cells placed: ${placedCells(reading).length}`,
    ...byHandLines(reading),
    ...roleLines(reading),
    ...ratioLineLines(reading),
    ...yearOnYearColumnLines(reading),
  ];
}

/**
 * 「Changes against the year before (2 columns): D 「増減比較(率)」 (B − C) ÷ C, half up, 13 of 13
 * reproduced」: which columns, by which figures and formula.
 */
function yearOnYearColumnLines(reading: TableReading): string[] {
  const found = reading.yearOnYear ?? [];
  if (found.length === 0) return [];
  const line = (y: YearOnYearReading) => {
    const by = y.found === 'words' ? 'its words' : 'its cells, beside two years running';
    if (y.operands === null || y.formula === null)
      return `  ${columnLetter(y.column)} "${truncate(y.label, 30)}" (by ${by}): no two figures of its rows give its ${y.printed} changes; none checked`;
    const rounding = y.rounding === 'truncate' ? 'cut off (切り捨て)' : 'half up';
    return `  ${columnLetter(y.column)} "${truncate(y.label, 30)}" (by ${by}): ${yearOnYearFormulaText(y.operands, y.formula)} × 100, ${rounding}, ${y.matched} of ${y.printed} reproduced`;
  };
  return [
    `Changes against the year before, checked apart from the KPIs' rates (${found.length} ${found.length === 1 ? 'column' : 'columns'}):`,
    ...found.map(line),
  ];
}

/** "Lines of percentages two other lines give: KPI 4 = 3 ÷ 2 (3 of 3 years reproduced)". */
function ratioLineLines(reading: TableReading): string[] {
  const found = reading.ratioLines ?? [];
  if (found.length === 0) return [];
  return [
    `Lines of percentages two other lines give, year by year (${found.length}):`,
    ...found.map(
      (r) =>
        `  KPI ${r.code} = KPI ${r.numerator} ÷ KPI ${r.denominator}: ${r.years} of ${r.years} printed years reproduced${r.rounding === 'truncate' ? ', cut off (切り捨て)' : ''}`,
    ),
  ];
}

/**
 * "Roles by the printed rates: 12 of 14 reproduced (the header words' reading: 1)", and why;
 * a tie between two readings named, for a person to decide with --column.
 */
function roleLines(reading: TableReading): string[] {
  const roles = reading.roles;
  if (roles === undefined) return [];
  const rounding = roles.rounding === 'truncate' ? ', rates cut off (切り捨て)' : '';
  return [
    `Roles by the ${roles.source}: ${roles.explained} of ${roles.printed} printed rates reproduced (the header words' reading: ${roles.byHeader})${rounding}`,
    `  ${roles.because}`,
    ...(roles.tie === null ? [] : [`  as many: ${roles.tie}; decide with --column`]),
  ];
}
