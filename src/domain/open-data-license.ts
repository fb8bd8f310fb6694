/**
 * The licence Mieruka's open data is published under: CC BY 4.0, the one Japanese
 * municipalities use (the national government's 公共データ利用規約 is compatible with it).
 * Downloads name it (a `Link: rel="license"` header, the JSON's `license`), and so do the
 * download menu and the feed.
 */
export const OPEN_DATA_LICENSE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.ja',
} as const;

/** The attribution a reuser gives: the municipality, the plan. */
export function attributionOf(municipality: string, plan: string): string {
  return `出典：${municipality}「${plan}」進捗状況（${OPEN_DATA_LICENSE.name}）`;
}
