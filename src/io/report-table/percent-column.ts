import type { GridRow } from '../grid.ts';
import type { Column } from './header-map.ts';
import { namesYearOnYear } from './column-role.ts';
import { isNoRateMark, rateCell } from './rate-cell.ts';
import { isUnreadable } from './table-reader.ts';
import { headerStatesPercent } from './percent-header.ts';
import { readUnderSpan } from './unheaded-span-columns.ts';

/** A header's % in brackets, 「(%)」, 「（％）」 (a unit stated 「単位:%」 is the column's own `unit`). */
const PERCENT_MARK = /[(（]\s*[%％]\s*[)）]/;

/** A column's own words under the block heading it (「平成15年 | (対見積り比)」: 「(対見積り比)」). */
const ownWords = (c: Column) =>
  c.block !== '' && c.label.startsWith(c.block) ? c.label.slice(c.block.length).trim() : '';

/**
 * The other columns of percentages with the same words as the rates' under another year's block
 * (「平成15年 | (対見積り比)」 beside 「平成16年 | (対見積り比)」), or of the same line under another
 * year (「割合 令和3年度」 beside 「割合 令和4年度」): each year's rates, read so too.
 */
function sameUnderOtherYears(
  columns: readonly Column[],
  percent: Column,
  sample: readonly GridRow[],
): ReadonlySet<number> {
  const words = ownWords(percent);
  const byYearBlock = words !== '' && YEAR_IN_BLOCK.test(percent.block);
  // A KPI's line of rates over its years (障害福祉計画 「見込量 / 実績 / 割合」 lines under 令和3年度 …
  // 令和5年度, rewritten 「割合 令和3年度」): the same line's words, another year.
  const line = byYearBlock ? '' : withoutYear(percent.label);
  if (!byYearBlock && (line === '' || line === percent.label.trim())) return new Set();
  const sameWords = (c: Column) =>
    byYearBlock
      ? ownWords(c) === words && c.block !== percent.block && YEAR_IN_BLOCK.test(c.block)
      : c.label !== percent.label && withoutYear(c.label) === line && YEAR_IN_BLOCK.test(c.label);
  const same = columns.filter(
    (c) =>
      c !== percent &&
      c.role.kind === 'other' &&
      sameWords(c) &&
      // A year with no rate printed yet (令和5年度, its results still counted) is none of them.
      holdsRates(sample, c.index),
  );
  return new Set(same.map((c) => c.index));
}

/**
 * A header of two lines whose upper line names a rate over the columns under it, each naming
 * what the rate is of (北海道 市 統計書 「水洗化率」 over 「世帯数 | 人 口」, bare 99.8 under
 * both): each is a column of that rate, though its own words are a count's.
 */
const spanningRateHeader = (c: Column) =>
  c.block !== '' &&
  // Words of its own under the rate (a column the copy left unheaded, given the span's words
  // by `unheaded-span-columns.ts`, has none: kept as printed, never the KPI's rate).
  c.label !== c.block &&
  c.label.startsWith(c.block) &&
  headerStatesPercent(c.block);

/**
 * The other columns of rates under the same heading naming the rate (「水洗化率」 over 「世帯数 | 人 口」):
 * each the rate of what its own words say, every cell a rate or a gap.
 */
function sameUnderRateHeading(
  columns: readonly Column[],
  percent: Column,
  sample: readonly GridRow[],
): ReadonlySet<number> {
  const same = columns.filter(
    (c) =>
      c !== percent &&
      c.role.kind === 'other' &&
      c.block === percent.block &&
      spanningRateHeader(c) &&
      holdsRates(sample, c.index),
  );
  return new Set(same.map((c) => c.index));
}

/** Whether a column prints a rate in some row and a rate or a gap (a dash, a lost cell) in every one. */
const holdsRates = (sample: readonly GridRow[], index: number) =>
  sample.some((row) => rateCell((row.cells[index] ?? '').trim()) !== undefined) &&
  sample.every((row) => {
    const cell = (row.cells[index] ?? '').trim();
    return cell === '' || isNoRateMark(cell) || isUnreadable(cell) || rateCell(cell) !== undefined;
  });

/** A block heading a year: 平成15年, 令和5年度, H28, 2023年度. */
const YEAR_IN_BLOCK = /(?:平成|令和|昭和|[HRS])\s*(?:\d{1,2}|元)\s*年?度?|\d{4}\s*年度?/;

/** A label with its year dropped (「割合 令和3年度」 → 「割合」). */
const withoutYear = (label: string) => label.replace(YEAR_IN_BLOCK, '').trim();

/**
 * The columns with a column of percentages read as the rates, when no column's words name
 * rates: a header the words do not know (対目標比, 実績/目標, 進ちょく率) over cells that are all
 * printed rates (「90.0%」, or bare figures under a header stating %: 「達成状況(%)」), two or more,
 * the rightmost such column; or a grade column whose cells print rates, alone or each with its
 * grade (「93%」, 「A（105.0%）」); dashes among them for KPIs with none (「―」, 「- MWh」). Null when a column
 * is named a rate already, or none is such a column. The caller keeps it only where the figures
 * reproduce its rates.
 */
export function ratesByContent(
  columns: readonly Column[],
  sample: readonly GridRow[],
): Column[] | null {
  if (columns.some((c) => c.role.kind === 'rate')) return null;
  const percent = [...columns].reverse().find((c) => {
    // A ratio to the year before (前年度比 105.8%) is this year over last, no achievement.
    if (namesYearOnYear(c.label)) return false;
    // A column with no header of its own, read under a rate's span, is not the rates' own.
    if (readUnderSpan(c)) return false;
    // A grade column whose cells print rates, alone or with the grade (評価 「93%」, 「A（105.0%）」),
    // is the rates'.
    if (c.role.kind !== 'other' && c.role.kind !== 'grade') return false;
    // 「達成状況(%)」 over bare figures (90.0, 85.0): the header states what each cell would.
    const inPercent =
      c.unit === '%' ||
      PERCENT_MARK.test(c.label) ||
      headerStatesPercent(c.label) ||
      spanningRateHeader(c);
    let rates = 0;
    for (const row of sample) {
      const cell = (row.cells[c.index] ?? '').trim();
      // A cell the copy lost (「?」) is a gap, as a dash is.
      if (cell === '' || isNoRateMark(cell) || isUnreadable(cell)) continue;
      if (!(inPercent || /[%％]/.test(cell))) return false;
      if (rateCell(cell) === undefined) return false;
      rates += 1;
    }
    // A table of one row (a share and its counts) has one rate to read; its header must say so.
    return rates >= 2 || (sample.length === 1 && rates === 1 && inPercent);
  });
  if (!percent) return null;
  const example = sample.map((r) => (r.cells[percent.index] ?? '').trim()).find((t) => t !== '');
  const same = spanningRateHeader(percent)
    ? sameUnderRateHeading(columns, percent, sample)
    : sameUnderOtherYears(columns, percent, sample);
  return columns.map((c) =>
    c === percent || same.has(c.index)
      ? {
          ...c,
          role: { kind: 'rate', formula: null },
          because: `its cells are rates ("${example ?? ''}"), which the figures reproduce`,
        }
      : c,
  );
}
