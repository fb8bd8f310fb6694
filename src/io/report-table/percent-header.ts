/**
 * Whether a column's header says its figures are percentages though the cells print no % sign
 * (掛川市 「受 診 率」 over 36.1, 浜松市 「比 較 率」 over 0.10, 「舗装率 (%)」 over 91.4): the header
 * names a rate (…率, …割合, …歩合: 徳島県 「収入歩合」, the old word for a rate in 税務 and 林業
 * tables, 実行歩合) or states the unit (%). Spacing inside the words (「受 診 率」) is
 * ignored; a header whose rate word is only a part of a longer name (「率の推移について」) is not one.
 */
export function headerStatesPercent(header: string): boolean {
  const text = header.replace(/[\s\u3000]/g, '');
  if (text === '') return false;
  if (text.includes('%') || text.includes('％')) return true;
  const bare = text.replace(/[(（][^)）]*[)）]$/, '');
  return bare.endsWith('率') || bare.endsWith('割合') || bare.endsWith('歩合');
}
