import { sameCells } from './heading-blocks.ts';

/**
 * Whether a later block's header is the first one printed again, its label column's word
 * perhaps renamed for the block (三重県 基本事業: 「数値目標の指標名 | 区分 | 2001 …」, then under
 * 「マネジメント参考指標」 「マネジメント参考指標 | 区分 | 2001 …」): every other cell alike, the
 * label cell filled in both.
 */
export function sameHeaderButLabel(a: readonly string[], b: readonly string[]): boolean {
  if (sameCells(a, b)) return true;
  const [labelA = '', labelB = ''] = [a[0], b[0]];
  return (
    labelA.trim() !== '' &&
    labelB.trim() !== '' &&
    a.length === b.length &&
    a.length >= 3 &&
    sameCells(a.slice(1), b.slice(1))
  );
}
