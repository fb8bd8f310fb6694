import type { Column } from './header-map.ts';

/** A header of the year alone: 年度, 年次. */
const YEAR_WORD = /^(?:年度|年次)$/;

const bare = (label: string) => label.normalize('NFKC').replace(/\s+/g, '');

/**
 * Reads a column headed by the year alone right of the target's (兵庫県 事務事業評価 狩猟期シカ
 * 捕獲拡大事業: 「目標 | 目標値 | 年度」, 「年間捕獲頭数 | 13,300頭/年 | H24」): its cells are the
 * years each row's target is due, kept as printed and given to the target beside them. A column
 * headed 年度 anywhere else, or right of a target whose header names its year, is left as it is.
 */
export function withTargetYearColumn(columns: readonly Column[]): Column[] {
  return columns.map((c, i) => {
    const left = columns[i - 1];
    if (
      left === undefined ||
      c.role.kind !== 'other' ||
      c.yearsOf !== undefined ||
      left.role.kind !== 'target' ||
      left.role.fiscalYear !== null ||
      !YEAR_WORD.test(bare(c.label))
    )
      return c;
    return {
      ...c,
      because: `the word "${bare(c.label)}" right of the target "${left.label}": the year it is due`,
      yearsOf: left.index,
    };
  });
}
