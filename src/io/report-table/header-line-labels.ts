import type { Column } from './header-map.ts';

const squeezed = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** A column's label squeezed, and its own words under the block heading it (「目標値」 under 「平成21年度」). */
export interface HeaderLineLabel {
  readonly label: string;
  /** The label with the block's words before it dropped; '' where no block heads the column. */
  readonly own: string;
}

/**
 * The words each column's header prints, squeezed, once per header rather than once per row:
 * its whole label, and the words of its own line under a block heading it, so that a header of
 * two lines printed again over a second table (北海道 「平成20年度 | | 平成21年度 |」 then 「 | 目標値 |
 * | 目標値」) is known line by line, its second line as well as its first.
 */
export function headerLineLabels(columns: readonly Column[]): readonly HeaderLineLabel[] {
  let labels = known.get(columns);
  if (labels === undefined) {
    labels = columns.map((c) => {
      const label = squeezed(c.label);
      const block = c.block === '' ? '' : squeezed(c.block);
      const own = block !== '' && label.startsWith(block) ? label.slice(block.length) : '';
      return { label, own };
    });
    known.set(columns, labels);
  }
  return labels;
}

const known = new WeakMap<readonly Column[], readonly HeaderLineLabel[]>();

/** Whether a cell's squeezed text is its column's header: the whole label or its own line's words. */
export function printsHeaderLine(text: string, label: HeaderLineLabel | undefined): boolean {
  if (label === undefined || label.label === '') return false;
  return text === label.label || (label.own !== '' && text === label.own);
}
