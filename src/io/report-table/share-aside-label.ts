/** A bracketed word of a label saying the figure's bracket holds its share: (割合), (構成比). */
const SHARE_WORD = /[(（](?:割合|構成比|構成割合|比率|シェア)[)）]/;

/**
 * Whether a KPI's label says the percentage in brackets beside each figure is that figure's
 * share of a whole (三重県 「・うち男性委員数(割合) | 871人(67.9%)」: 871 of the 1,283 members),
 * not a rate of achievement: such a percentage is kept as printed, never checked as the KPI's rate.
 * @example labelSaysShare('うち女性委員数(割合)') // true
 */
export function labelSaysShare(label: string): boolean {
  return SHARE_WORD.test(label.normalize('NFKC').replace(/\s+/g, ''));
}
