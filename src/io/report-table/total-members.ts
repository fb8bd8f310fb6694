import type { KpiDraft } from './kpi-draft.ts';
import { isGrandTotal } from './totals.ts';

/** A 小計: a part of the 計 after it. */
const isPartial = (label: string): boolean =>
  /^小計$/.test(label.normalize('NFKC').replace(/\s+/g, ''));

/** A breakdown of the row above (軽米町 「うち教育部門」 under 特別行政部門): a part of it, no member of a total. */
const isBreakdown = (label: string): boolean => /^\s*うち/.test(label);

/** What a KPI-column row is among totals: a KPI (or a breakdown of one), a group's total, or a grand total. */
export type TotalRole =
  | { readonly kind: 'kpi'; readonly breakdown?: true }
  | {
      readonly kind: 'subtotal' | 'grand-total';
      /** The label its code is numbered from (計 → 計, 計2 …; 富士市 合計 一般). */
      readonly codeLabel: string;
      /** Its members, one entry per KPI row, each with the row's drafts by column group. */
      readonly members: readonly KpiDraft[][];
    };

/**
 * The members of the totals of a table, row by row. A 計 row totals the KPI rows since the
 * previous 計 (a 小計 among them standing for its own rows); a 小計 those since the previous 計
 * or 小計; a 合計 row those since the previous 合計. A tree cell naming a grand total opens
 * a group of totals (富士市 合計: 一般, 特別, 企業, 土地改良 and 計 after the seven 章): each
 * of its rows totals the KPI rows of the same label above it, and its 計 all of them.
 */
export class TotalMembers {
  private sinceSubtotal: KpiDraft[][] = [];
  /** The rows since the last 計, each 小計 standing for its members (三重県 計 = 小計 + 一部事務組合等). */
  private sinceTotal: KpiDraft[][] = [];
  private sinceGrandTotal: KpiDraft[][] = [];
  /** The grand-total label of the tree cell above while its rows last, else null. */
  private group: string | null = null;
  /** The titles of the KPI rows read so far: a line named under one of them is a part of it. */
  private readonly titles = new Set<string>();

  /**
   * The header printed again: a table of its own starts under it, whose totals are of its rows
   * alone (厚沢部町 燃料等使用量, then 二酸化炭素換算量 under the same header with its 合計).
   */
  headerAgain(): void {
    this.sinceSubtotal = [];
    this.sinceTotal = [];
    this.sinceGrandTotal = [];
  }

  /** A row's tree cell: one naming a grand total opens a group of totals, another closes it. */
  treeCell(text: string): void {
    this.group = isGrandTotal(text) ? text.trim() : null;
  }

  /** What a row with this KPI label is (a 計/合計 label makes `totalLine`). */
  roleOf(label: string, title: string, totalLine: boolean): TotalRole {
    const group = this.group;
    if (group !== null) {
      if (totalLine)
        return { kind: 'grand-total', codeLabel: group, members: this.sinceGrandTotal };
      const same = this.sinceGrandTotal.filter((row) => row[0]?.title === title);
      return { kind: 'grand-total', codeLabel: `${group} ${title}`, members: same };
    }
    if (!totalLine) {
      const part = isBreakdown(label) || this.underTitle(title);
      this.titles.add(title);
      return part ? { kind: 'kpi', breakdown: true } : { kind: 'kpi' };
    }
    const grand = isGrandTotal(label);
    const members = grand
      ? this.sinceGrandTotal
      : isPartial(label)
        ? this.sinceSubtotal
        : this.sinceTotal;
    return { kind: grand ? 'grand-total' : 'subtotal', codeLabel: label, members };
  }

  /**
   * Whether a title is a line's name with a lower level after it, named by its path (an outline
   * of taxes, 「一普通税 1法定普通税」 under 「一普通税」, numbered-tree-labels.ts): a part of that
   * line, counted in it, as うち… is. One set look-up per space in the title.
   */
  private underTitle(title: string): boolean {
    for (let at = title.indexOf(' '); at > 0; at = title.indexOf(' ', at + 1))
      if (this.titles.has(title.slice(0, at))) return true;
    return false;
  }

  /**
   * A row read: a KPI row becomes a member of the next totals (a breakdown, うち…, does not: it
   * is counted in the row above); a total closes its members.
   */
  add(role: TotalRole, drafts: KpiDraft[]): void {
    if (role.kind === 'kpi') {
      if (role.breakdown) return;
      this.sinceSubtotal.push(drafts);
      this.sinceTotal.push(drafts);
      this.sinceGrandTotal.push(drafts);
      return;
    }
    // A 小計 stands for its members in the 計 after it; a 計 closes them all.
    if (
      role.kind === 'subtotal' &&
      role.members === this.sinceSubtotal &&
      role.members !== this.sinceTotal
    )
      this.sinceTotal = [
        ...this.sinceTotal.slice(0, this.sinceTotal.length - role.members.length),
        drafts,
      ];
    else if (role.kind === 'subtotal') this.sinceTotal = [];
    this.sinceSubtotal = [];
    if (role.kind === 'grand-total' && role.members === this.sinceGrandTotal)
      this.sinceGrandTotal = [];
  }
}
