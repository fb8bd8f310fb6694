import type { Column } from './header-map.ts';

/** A header naming when a target is due, not the target: 目標年月, 目標月 (坂井市), 目標年度, 目標時期, 達成年度. */
const TARGET_DATE = /^(?:目標|達成)(?:年?月日?|年次|年度|時期|期限)$/;

/** A header naming an indicator's value rather than the indicator: 指標値, 数値, 値. */
const VALUE_WORD = /^(?:指標値|数値|値)$/;

const bare = (label: string) => label.normalize('NFKC').replace(/\s+/g, '');

/**
 * Reads a target printed as a value beside the date it is due (the national form of 地方創生
 * 交付金 KPIs, 玉東町: 指標 | 指標値 | 単位 | 目標年月 | 実績値, 「おためし暮らし利用件数 | 2 | 件 |
 * H28.3」): the date column, taken for the target by its word 目標, holds when the target is due
 * and is kept as printed; the value column left of it (指標値, taken for the KPI names by its
 * word 指標) is the target, of the fiscal year the date ends (「H28.3」: H27). Tables with no such
 * date column are left as they are.
 */
export function withTargetDate(columns: readonly Column[]): Column[] {
  const dateAt = columns.findIndex((c) => TARGET_DATE.test(bare(c.label)));
  if (dateAt < 0) return withValueTarget(columns);
  let valueAt = -1;
  for (let i = dateAt - 1; i >= 0; i -= 1) {
    const label = bare(columns[i]?.label ?? '');
    if (VALUE_WORD.test(label)) {
      valueAt = i;
      break;
    }
    if (label !== '' && !/^単位/.test(label)) break;
  }
  if (valueAt < 0) return [...columns];
  return columns.map((c, i) => {
    if (i === dateAt)
      return {
        ...c,
        role: { kind: 'other' },
        because: `the words "${c.label}": when the target is due`,
        // Each row's target is of the fiscal year its date ends (「H28.3」: H27).
        yearsOf: valueAt,
      };
    if (i === valueAt)
      return {
        ...c,
        role: { kind: 'target', fiscalYear: null },
        because: `the words "${c.label}" before the date the target is due ("${columns[dateAt]?.label ?? ''}")`,
      };
    return c;
  });
}

/** A column's own words: its label less the spanning header over it. */
const ownWords = (c: Column) =>
  bare(
    c.block !== '' && c.label !== c.block && c.label.startsWith(c.block)
      ? c.label.slice(c.block.length)
      : c.label,
  );

/**
 * The same form with no date column (石巻市 地方創生先行型 結果報告: 指標 | 指標値 | 単位 |
 * 本事業終了後における実績値): a column whose own word is the indicator's value (指標値, taken for
 * the KPI names by its word 指標) beside a column of the KPI names, in a table of actuals with
 * no target column, is the value the result is held against: the target. A table with a target
 * column, or a value column with no names' column beside it, is left as it is.
 */
function withValueTarget(columns: readonly Column[]): Column[] {
  if (columns.some((c) => c.role.kind === 'target')) return [...columns];
  if (!columns.some((c) => c.role.kind === 'actual')) return [...columns];
  const valueAt = columns.findIndex(
    (c, i) =>
      c.role.kind === 'kpi' &&
      VALUE_WORD.test(ownWords(c)) &&
      columns[i - 1]?.role.kind === 'kpi' &&
      !VALUE_WORD.test(ownWords(columns[i - 1] as Column)),
  );
  if (valueAt < 0) return [...columns];
  return columns.map((c, i) =>
    i === valueAt
      ? {
          ...c,
          role: { kind: 'target', fiscalYear: null },
          because: `the words "${ownWords(c)}": the value beside the KPI names that the actuals are held against`,
        }
      : c,
  );
}
