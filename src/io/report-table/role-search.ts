import type { FiscalYearContext } from '../../domain/fiscal-year.ts';
import { columnRateCell } from './fraction-rates.ts';
import type { Rounding } from '../../domain/rate-format.ts';
import type { GridRow } from '../grid.ts';
import { headerYear } from './column-role.ts';
import { columnContents, figureNumber, holdsText } from './column-contents.ts';
import type { Column } from './header-map.ts';
import type { HeaderYears } from './target-year-order.ts';
import { actualsOfRateYear, headerYears, targetYearOrder } from './target-year-order.ts';
import { pairedRateYears } from './paired-year-rates.ts';
import { latestPrintedYearRate } from './latest-printed-year-rate.ts';
import { sameWordsEachYear } from './year-group-roles.ts';
import { withTargetYearColumn } from './target-year-column.ts';

/**
 * How the roles of a table's columns were settled, for `check --explain` and the import page:
 * by the printed rates they reproduce, or (no printed rate to go by, or roles set by hand) by
 * the header words, and how many printed rates each reading explains.
 */
export interface RoleReading {
  readonly source: 'printed rates' | 'header words' | 'set by hand';
  /** The KPIs read that print a rate. */
  readonly printed: number;
  /** Of them, the rates the chosen reading reproduces. */
  readonly explained: number;
  /** The rates the header words' reading reproduces. */
  readonly byHeader: number;
  readonly because: string;
  /** Another reading explaining as many, in words, when the header words do not settle it. */
  readonly tie: string | null;
  /**
   * How the table rounds its rates: cut off (切り捨て) when more rates are given only by cutting
   * off than only by rounding half up; half up otherwise (and with no printed rate to go by).
   */
  readonly rounding: Rounding;
}

const roundingOf = (s: Score): Rounding => (s.cutOffOnly > s.halfUpOnly ? 'truncate' : 'half-up');

/** A printed rate of a row: in scaled units of its own precision. */
interface Printed {
  readonly units: number;
  readonly scale: number;
}

/** The places an unrounded printed rate is sampled at by the search. */
const UNROUNDED_SAMPLE_PLACES = 6;

/** Which roundings give the print: 1 half up, 2 cut off (切り捨て), 3 both, 0 neither. */
const HALF_UP = 1;
const CUT_OFF = 2;

/** Which roundings of a percentage, at the printed precision, give the print. */
function reproduces(percent: number, p: Printed): number {
  if (!Number.isFinite(percent)) return 0;
  const scaled = Math.abs(percent * p.scale);
  const sign = percent < 0 ? -1 : 1;
  const eps = 1e-9 * Math.max(1, scaled);
  return (
    (sign * Math.floor(scaled + 0.5 + eps) === p.units ? HALF_UP : 0) |
    (sign * Math.floor(scaled + eps) === p.units ? CUT_OFF : 0)
  );
}

/**
 * How a row's rate was reproduced: ratio (either way), or from the baseline (progress to the
 * target, or a change against the base, 増減率), and by which roundings.
 */
interface Way {
  readonly fromBaseline: boolean;
  readonly roundings: number;
}

function explainsRow(p: Printed, a: number, t: number, b: number, gap: boolean): Way | null {
  if (Number.isNaN(a)) return null;
  if (!Number.isNaN(t)) {
    const ratio = reproduces((a / t) * 100, p) | reproduces((t / a) * 100, p);
    if (ratio !== 0) return { fromBaseline: false, roundings: ratio };
    // The gap to the target as a share of it (小坂町 乖離率 (63 − 66) ÷ 63 = −4.8%).
    const gaps = gap ? reproduces(((t - a) / t) * 100, p) : 0;
    if (gaps !== 0) return { fromBaseline: false, roundings: gaps };
  }
  if (Number.isNaN(b)) return null;
  const progress = Number.isNaN(t) ? 0 : reproduces(((a - b) / (t - b)) * 100, p);
  if (progress !== 0) return { fromBaseline: true, roundings: progress };
  // A change against the base, either sign (三重県 ▲1.6% = (16,101 − 16,363) ÷ 16,363).
  const change = reproduces(((a - b) / b) * 100, p) | reproduces(((b - a) / b) * 100, p);
  return change === 0 ? null : { fromBaseline: true, roundings: change };
}

/** The figures of the sampled rows that print a rate: one array per candidate column. */
interface Evidence {
  /** The rate column's index. */
  readonly rate: number;
  readonly printed: readonly Printed[];
  /** By column index: the figure of each sampled row, NaN when none. */
  readonly values: ReadonlyMap<number, readonly number[]>;
}

/**
 * A reading: which column is the target (none: the rates are changes against the baseline),
 * which the baseline, which hold actuals.
 */
interface Reading {
  readonly targets: readonly number[];
  readonly baseline: number | null;
  readonly measured: readonly number[];
  /** The yearly actual columns whose sum may be the measured figure (a period sum). */
  readonly summed: readonly number[];
  /**
   * Whether a rate may be the gap to the target: only to a column the header words call the
   * target (小坂町 計画目標値 A), else any two counts (三重県's H22 and H23) would read as one.
   */
  readonly gap: boolean;
}

interface Score {
  readonly explained: number;
  /** The rates only half up gives, and those only cutting off gives. */
  readonly halfUpOnly: number;
  readonly cutOffOnly: number;
  /** The measured columns that reproduced some rate. */
  readonly used: ReadonlySet<number>;
  /** Whether the baseline entered some rate (progress, or a change against it). */
  readonly fromBaseline: boolean;
}

const NONE: readonly number[] = [];
/** No target column: every row's target is missing. */
const NO_TARGET: readonly number[] = [-1];

/**
 * The target a row's rate is reckoned against: of several target columns (by year, the latest
 * last), the latest the row prints a figure in, as the KPI's draft takes its final target
 * (column-groups.ts, milestone-target.ts): not any of them, or a row whose final target
 * disagrees would count as explained by an earlier year's.
 */
function rowTargets(e: Evidence, r: Reading, i: number): readonly number[] {
  if (r.targets.length === 0) return NO_TARGET;
  if (r.targets.length === 1) return r.targets;
  const filled = r.targets.filter((t) => Number.isFinite(e.values.get(t)?.[i] ?? Number.NaN));
  return filled.length === 0 ? NO_TARGET : filled.slice(-1);
}

function score(e: Evidence, r: Reading): Score {
  const used = new Set<number>();
  let explained = 0;
  let fromBaseline = false;
  let halfUpOnly = 0;
  let cutOffOnly = 0;
  const count = (way: Way) => {
    explained += 1;
    fromBaseline ||= way.fromBaseline;
    if (way.roundings === HALF_UP) halfUpOnly += 1;
    if (way.roundings === CUT_OFF) cutOffOnly += 1;
  };
  const base = r.baseline === null ? NONE : (e.values.get(r.baseline) ?? NONE);
  e.printed.forEach((p, i) => {
    const b = base[i] ?? Number.NaN;
    for (const target of rowTargets(e, r, i)) {
      const t = e.values.get(target)?.[i] ?? Number.NaN;
      for (const m of r.measured) {
        const way = explainsRow(p, e.values.get(m)?.[i] ?? Number.NaN, t, b, r.gap);
        if (way === null) continue;
        used.add(m);
        count(way);
        return;
      }
      if (r.summed.length > 1) {
        const sum = r.summed.reduce((s, c) => s + (e.values.get(c)?.[i] ?? Number.NaN), 0);
        const way = explainsRow(p, sum, t, b, r.gap);
        if (way === null) continue;
        for (const c of r.summed) used.add(c);
        count(way);
        return;
      }
    }
  });
  return { explained, used, fromBaseline, halfUpOnly, cutOffOnly };
}

const CANDIDATE_ROLES: ReadonlySet<Column['role']['kind']> = new Set([
  'baseline',
  'actual',
  'cumulative',
  'target',
  'other',
  'narrative',
]);

const isActual = (c: Column) => c.role.kind === 'actual' || c.role.kind === 'cumulative';

/** The header words' own reading of the candidate columns. */
function headerReading(candidates: readonly Column[]): Reading {
  const actuals = candidates.filter(isActual).map((c) => c.index);
  const year = (c: Column) =>
    c.role.kind === 'target' ? (c.role.fiscalYear ?? Number.MAX_SAFE_INTEGER) : 0;
  const targets = candidates.filter((c) => c.role.kind === 'target');
  return {
    targets: [...targets].sort((x, y) => year(x) - year(y)).map((c) => c.index),
    baseline: candidates.find((c) => c.role.kind === 'baseline')?.index ?? null,
    measured: actuals,
    summed: candidates.filter((c) => c.role.kind === 'actual').map((c) => c.index),
    gap: true,
  };
}

/** How far a reading agrees with the header words: what breaks a tie between readings. */
function agreement(
  columns: readonly Column[],
  r: Reading,
  s: Score,
  years: HeaderYears,
  rate: number,
): number {
  const role = (index: number) => columns[index]?.role.kind;
  let points = r.targets.some((t) => role(t) === 'target') ? 4 : 0;
  points += targetYearOrder(r.targets, s.used, years);
  points += actualsOfRateYear(rate, s.used, years);
  // A baseline no rate is reckoned from is no part of the reading.
  const baseline = s.fromBaseline ? r.baseline : null;
  const headerBaseline = columns.some((c) => c.role.kind === 'baseline');
  if (baseline === null ? !headerBaseline : role(baseline) === 'baseline') points += 2;
  for (const m of s.used) {
    const kind = role(m);
    points += kind === 'actual' || kind === 'cumulative' ? 1 : kind === 'other' ? 0 : -1;
  }
  return points;
}

const letter = (c: Column) => `column ${c.index + 1}${c.label ? ` "${c.label}"` : ''}`;

/** The evidence of the rows that print a rate in the one rate column; null when there is none. */
function evidence(
  sample: readonly GridRow[],
  rate: Column,
  candidates: readonly Column[],
): Evidence | null {
  const rows: GridRow[] = [];
  const printed: Printed[] = [];
  for (const row of sample) {
    const p = columnRateCell(rate.role, row.cells[rate.index] ?? '')?.rate;
    if (p === undefined) continue;
    // A spreadsheet's unrounded rate (「98.98214479152054」) is sampled at six places: past them a
    // float's units lose their last digits; the check itself compares it whole.
    const scale = 10 ** (p.unrounded ? Math.min(p.decimals, UNROUNDED_SAMPLE_PLACES) : p.decimals);
    rows.push(row);
    printed.push({ units: Math.round(Number.parseFloat(p.text) * scale), scale });
  }
  if (printed.length === 0) return null;
  const values = new Map(
    candidates.map((c) => [c.index, rows.map((r) => figureNumber(r.cells[c.index]))]),
  );
  return { rate: rate.index, printed, values };
}

interface Candidate {
  readonly reading: Reading;
  readonly score: Score;
  readonly agreement: number;
}

/**
 * The same reading with other columns as its actuals, when those reproduce as many rates (two
 * columns of the same figures, neither named by its header): a tie the header words cannot
 * break. Undefined when there is none.
 */
function otherActuals(
  columns: readonly Column[],
  e: Evidence,
  best: Candidate,
  years: HeaderYears,
) {
  const measured = best.reading.measured.filter((m) => !best.score.used.has(m));
  const reading: Reading = { ...best.reading, measured, summed: [] };
  const s = score(e, reading);
  if (s.explained < best.score.explained) return undefined;
  return { reading, score: s, agreement: agreement(columns, reading, s, years, e.rate) };
}

const NOT_MEASURED: ReadonlySet<Column['role']['kind']> = new Set(['baseline', 'target']);

/**
 * Every reading of one target and at most one baseline among the candidate columns, and of a
 * baseline with no target (rates that are changes against the base year: 三重県 増減率).
 */
function search(
  columns: readonly Column[],
  candidates: readonly Column[],
  e: Evidence,
  years: HeaderYears,
) {
  const all: Candidate[] = [];
  const order = [...candidates].sort((x, y) => rank(x) - rank(y)).map((c) => c.index);
  const summed = candidates.filter((c) => c.role.kind === 'actual').map((c) => c.index);
  for (const target of [...order, null]) {
    const baselines = order.filter((i) => i !== target);
    for (const baseline of target === null ? baselines : [null, ...baselines]) {
      // A column the header words name a baseline or a target is not taken for actuals.
      const measured = order.filter(
        (i) =>
          i !== target && i !== baseline && !NOT_MEASURED.has(columns[i]?.role.kind ?? 'other'),
      );
      const reading: Reading = {
        targets: target === null ? [] : [target],
        baseline,
        measured,
        summed: summed.filter((i) => measured.includes(i)),
        gap: target !== null && columns[target]?.role.kind === 'target',
      };
      const s = score(e, reading);
      if (s.explained === 0) continue;
      all.push({ reading, score: s, agreement: agreement(columns, reading, s, years, e.rate) });
    }
  }
  return all.sort((x, y) => y.score.explained - x.score.explained || y.agreement - x.agreement);
}

/** Actual columns are tried as the measured figure first, then unnamed ones, then the rest. */
function rank(c: Column): number {
  switch (c.role.kind) {
    case 'actual':
    case 'cumulative':
      return 0;
    case 'other':
      return 1;
    default:
      return 2;
  }
}

/** The columns with the roles of a reading found by the printed rates. */
function withReading(
  columns: readonly Column[],
  { reading, score: s }: Candidate,
  printed: number,
  context: FiscalYearContext,
): Column[] {
  const why = (what: string, c: Column) =>
    `read as ${what} by the printed rates it reproduces (${s.explained} of ${printed} sampled; the header words: ${c.because})`;
  const read = columns.map((c): Column => {
    // Spaces aside: 大崎町 「KPI(平成 27 年度)」 is printed with them.
    const fiscalYear = headerYear(c.label.replace(/\s+/g, ''), context);
    if (reading.targets.includes(c.index)) {
      if (c.role.kind === 'target') return c;
      return { ...c, role: { kind: 'target', fiscalYear }, because: why('the target', c) };
    }
    // A target of the header the rates are not reckoned against (a later year's plan, 28年度
    // (目標) beside 27年度 目標値) is kept as printed, not taken for the KPI's final target.
    if (c.role.kind === 'target' && reading.targets.length > 0) {
      const because = `a target the printed rates are not reckoned against, kept as printed (${s.explained} of ${printed} sampled; the header words: ${c.because})`;
      return { ...c, role: { kind: 'other' }, because };
    }
    if (c.index === reading.baseline && s.fromBaseline) {
      if (c.role.kind === 'baseline') return c;
      return { ...c, role: { kind: 'baseline', fiscalYear }, because: why('the baseline', c) };
    }
    if (s.used.has(c.index) && !isActual(c))
      return { ...c, role: { kind: 'actual', fiscalYear }, because: why('an actual', c) };
    return c;
  });
  // A column of the year alone right of the target the rates found: the years it is due.
  return withTargetYearColumn(sameWordsEachYear(columns, read, context));
}

/** Which columns two readings differ in, in words. */
function describeReading(columns: readonly Column[], c: Candidate): string {
  const target = c.reading.targets.map((t) => columns[t]).filter((x) => x !== undefined);
  const used = [...c.score.used].map((u) => columns[u]).filter((x) => x !== undefined);
  const base = c.reading.baseline === null ? undefined : columns[c.reading.baseline];
  const actual = `actual ${used.map(letter).join(', ')}`;
  if (target.length === 0 && base !== undefined)
    return `baseline ${letter(base)}, ${actual} (a change against the base)`;
  return `target ${target.map(letter).join(', ')}, ${actual}`;
}

const sameColumns = (x: Candidate, y: Candidate) =>
  x.reading.targets.join() === y.reading.targets.join() &&
  [...x.score.used].sort().join() === [...y.score.used].sort().join();

/** A reading of the columns the printed rates suggest, to be read and counted in full. */
export interface RoleProposal {
  readonly columns: readonly Column[];
  /** Its target and actual columns, in words. */
  readonly description: string;
  /** How far it agrees with the header words: what breaks a tie. */
  readonly agreement: number;
  readonly rounding: Rounding;
}

/** What the printed rates say about a table's columns. */
export interface RoleEvidence {
  /** Why the header words alone give the roles, when the printed rates cannot be used. */
  readonly headerOnly: string | null;
  /** How the table rounds its rates, read by the header words. */
  readonly rounding: Rounding;
  /** The header words' reading's agreement, to compare a proposal's with. */
  readonly headerAgreement: number;
  /**
   * The columns to read by the header words: as the header gives them, but where the KPI's rate
   * is printed in two columns (実施率 beside 達成率), the one the figures explain is its rate
   * and the other is kept as printed. Null when the header words alone give the roles.
   */
  readonly columns: readonly Column[] | null;
  /**
   * Other readings, the best first: each reproduces more sampled rates than the header's.
   * Searched for only when asked (the header words' reading most often reproduces every rate).
   */
  readonly proposals: () => readonly RoleProposal[];
}

/** How many other readings are read in full when the header words' reading falls short. */
const PROPOSALS = 3;

/**
 * Reads a table's columns by what reproduces its printed rates. The header words give each
 * column a first role; its cells say whether it holds figures at all. When the table prints
 * its rates in one column, every reading of one target, at most one baseline and the other
 * figure columns as actuals, and of a baseline with no target, is tried on the sampled rows
 * (ratio either way, the gap to a target the header names, progress from the
 * baseline or a change against it, the sum of the yearly actuals; rounded half up or cut off at each rate's printed
 * precision), and the readings reproducing more rates than the header words' are proposed,
 * the most first, the header words breaking a tie. The importer reads the table by each and
 * keeps the reading whose KPIs reproduce the most printed rates (import-report-table.ts).
 */
export function proposeRoles(
  columns: readonly Column[],
  sample: readonly GridRow[],
  context: FiscalYearContext,
): RoleEvidence {
  const rates = columns.filter((c) => c.role.kind === 'rate');
  const rate = rates[0];
  if (rate === undefined) return headerOnly('no column of printed rates');
  if (rates.length === 1) return evidenceFor(columns, rate, sample, context, false).evidence;
  // Rates of single years (いわき市) or of blocks stating their formulas (栗原市) are read by
  // their headers; two rates of the KPI (実施率 beside 達成率) are read by the one explained.
  const kpiRates = rates.filter(
    (c) =>
      c.role.kind === 'rate' &&
      c.role.formula === null &&
      headerYear(c.label.replace(/\s+/g, ''), context) === null,
  );
  if (kpiRates.length !== rates.length) {
    // Rates of single years alone (達成率 H27 | H28 | H29): the latest printed is the KPI's,
    // and the columns are searched by what reproduces it, as a table's one rate column is.
    const latest = latestPrintedYearRate(rates, sample, context);
    return latest === null
      ? headerOnly(`rates printed in ${rates.length} columns`)
      : evidenceFor(columns, latest, sample, context, false).evidence;
  }
  const paired = pairedRateYears(columns, context) !== null;
  const grouped = paired
    ? null
    : (rateGroupsReading(columns, kpiRates, sample, context) ??
      (underOneRateHeading(kpiRates)
        ? rateGroupsReading(columns, kpiRates, sample, context, true)
        : null));
  if (grouped !== null)
    return {
      headerOnly: null,
      rounding: grouped.rounding,
      headerAgreement: 0,
      columns: grouped.columns,
      proposals: () => [],
    };
  const readings = kpiRates.map((chosen) =>
    evidenceFor(asOneRate(columns, chosen, paired), chosen, sample, context, true),
  );
  // The most explained; of as many, the one headed 達成率 (目標に対する達成率 before 基準値からの
  // 進捗率: the rate against the target is the KPI's), else the later column (実施率 then 達成率).
  const achieved = (at: number) =>
    ACHIEVEMENT_WORD.test((kpiRates[at]?.label ?? '').replace(/\s+/g, '')) ? 1 : 0;
  const best = readings.reduce((a, b, at) =>
    b.explained > a.explained ||
    (b.explained === a.explained && achieved(at) >= achieved(readings.indexOf(a)))
      ? b
      : a,
  );
  return best.explained === 0
    ? headerOnly(`rates printed in ${rates.length} columns`)
    : best.evidence;
}

/**
 * Rates each after the figures they are reckoned on, a KPI's measures side by side in one row
 * (事業 「計画回数 | 実施回数 | 実施率 | 目標参加者数 | 参加者数 | 達成率」): each rate with the
 * figure columns between it and the rate before it is a group of its own, read by what
 * reproduces its rates, so that every row yields a KPI per group. Null unless every group's
 * figures reproduce most of its sampled rates.
 */
function rateGroupsReading(
  columns: readonly Column[],
  rates: readonly Column[],
  sample: readonly GridRow[],
  context: FiscalYearContext,
  bySubLabel = false,
): { columns: Column[]; rounding: Rounding } | null {
  const ordered = [...rates].sort((a, b) => a.index - b.index);
  let read: Column[] = [...columns];
  let rounding: Rounding = 'half-up';
  let from = -1;
  const labels = new Set<string>();
  for (const rate of ordered) {
    const start = from;
    const words = ownWords(rate);
    const inGroup = bySubLabel
      ? (c: Column) => c.block !== rate.block && words !== '' && ownWords(c) === words
      : (c: Column) => c.index > start && c.index < rate.index;
    const candidates = columns.filter((c) => {
      if (!inGroup(c) || !CANDIDATE_ROLES.has(c.role.kind)) return false;
      const contents = columnContents(sample, c.index);
      return contents.filled > 0 && !holdsText(contents);
    });
    from = rate.index;
    if (candidates.length < 2) return null;
    const e = evidence(sample, rate, candidates);
    if (e === null) return null;
    const best = search(columns, candidates, e, headerYears(columns, context))[0];
    if (!best || best.reading.targets.length === 0) return null;
    if (best.score.explained * 2 < e.printed.length) return null;
    rounding = roundingOf(best.score);
    const label = groupLabel(columns, best, rate, labels);
    labels.add(label);
    const withRoles = withReading(columns, best, e.printed.length, context);
    read = read.map((c) =>
      inGroup(c) || c.index === rate.index
        ? { ...(inGroup(c) ? (withRoles[c.index] ?? c) : c), rateGroup: label }
        : c,
    );
  }
  return { columns: read, rounding };
}

/** A column's own words under the heading over it (「水洗化率 世帯数」 under 「水洗化率」: 「世帯数」). */
const ownWords = (c: Column) =>
  c.block !== '' && c.label.startsWith(c.block) ? c.label.slice(c.block.length).trim() : '';

/**
 * Rates side by side under one heading naming the rate, each of what its own words say (北海道 市
 * 統計書 「水洗化率」 over 「世帯数 | 人 口」, after 「水洗化可能区域」 and 「水 洗 化」 over the same two
 * words): each rate is reckoned on the columns its words head under the other headings, a group
 * of its own (rateGroupsReading, bySubLabel).
 */
const underOneRateHeading = (rates: readonly Column[]) =>
  rates.length >= 2 &&
  rates.every((r) => r.block !== '' && r.block === rates[0]?.block && ownWords(r) !== '') &&
  new Set(rates.map(ownWords)).size === rates.length;

/**
 * A group's name: its actuals' header (参加者数), else its rate's (実施率), else either numbered
 * (実績2): one no other group of the row has, the groups told apart by it.
 */
function groupLabel(
  columns: readonly Column[],
  best: Candidate,
  rate: Column,
  taken: ReadonlySet<string>,
): string {
  const [used] = [...best.score.used];
  const actual = used === undefined ? '' : (columns[used]?.label ?? '');
  const names = [actual, rate.label].map((l) => l.replace(/\s+/g, '')).filter((l) => l !== '');
  const free = names.find((n) => !taken.has(n));
  if (free !== undefined) return free;
  const base = names[0] ?? '';
  let n = 2;
  while (taken.has(`${base}${n}`)) n += 1;
  return `${base}${n}`;
}

/** A rate header naming achievement against the target (達成率, 達成度). */
const ACHIEVEMENT_WORD = /達成/;

const headerOnly = (why: string): RoleEvidence => ({
  headerOnly: why,
  rounding: 'half-up',
  headerAgreement: 0,
  columns: null,
  proposals: () => [],
});

/**
 * The columns with every rate column but the chosen one kept as printed under its header; rates
 * each paired with a year's actuals (御所市) stay rates, of their years.
 */
function asOneRate(columns: readonly Column[], chosen: Column, paired: boolean): Column[] {
  return columns.map((c) =>
    c.role.kind !== 'rate' || c === chosen || paired
      ? c
      : {
          ...c,
          role: { kind: 'other' },
          because: `a second rate column, kept as printed: the figures explain ${letter(chosen)}'s rates (the header words: ${c.because})`,
        },
  );
}

/**
 * The evidence of one rate column, and how many sampled rates the header words' reading
 * explains; with `searched`, the most any reading of the columns explains (to choose between
 * rate columns, the search is run at once rather than when asked).
 */
function evidenceFor(
  columns: readonly Column[],
  rate: Column,
  sample: readonly GridRow[],
  context: FiscalYearContext,
  searched: boolean,
): { evidence: RoleEvidence; explained: number } {
  if (rate.role.kind === 'rate' && rate.role.formula !== null)
    return {
      evidence: headerOnly('the rate header states its formula, naming its columns'),
      explained: 0,
    };
  const candidates = columns.filter((c) => {
    if (c.index === rate.index || !CANDIDATE_ROLES.has(c.role.kind)) return false;
    const contents = columnContents(sample, c.index);
    return contents.filled > 0 && !holdsText(contents);
  });
  const e = evidence(sample, rate, candidates);
  if (e === null)
    return { evidence: headerOnly('no printed rate under the rate column'), explained: 0 };
  const header = headerReading(candidates);
  const headerScore = score(e, header);
  const years = headerYears(columns, context);
  const found = () =>
    search(columns, candidates, e, years).filter((c) => c.score.explained > headerScore.explained);
  const propose = (): RoleProposal[] => {
    const proposals: Candidate[] = [];
    for (const c of found()) {
      if (proposals.length === PROPOSALS) break;
      if (!proposals.some((p) => sameColumns(p, c))) proposals.push(c);
    }
    const twin = proposals[0] && otherActuals(columns, e, proposals[0], years);
    if (twin && !proposals.some((p) => sameColumns(p, twin))) proposals.splice(1, 0, twin);
    return proposals.map((c) => ({
      columns: withReading(columns, c, e.printed.length, context),
      description: describeReading(columns, c),
      agreement: c.agreement,
      rounding: roundingOf(c.score),
    }));
  };
  const evidenceOf: RoleEvidence = {
    headerOnly: null,
    rounding: roundingOf(headerScore),
    headerAgreement: agreement(columns, header, headerScore, years, e.rate),
    columns,
    proposals: propose,
  };
  const explained = searched
    ? Math.max(headerScore.explained, found()[0]?.score.explained ?? 0)
    : headerScore.explained;
  return { evidence: evidenceOf, explained };
}
