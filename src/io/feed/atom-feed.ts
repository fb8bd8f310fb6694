import { Feed } from 'feed';
import { OPEN_DATA_LICENSE } from '../../domain/open-data-license.ts';
import type { PublicationNotice } from '../../domain/publication-notice.ts';
import { escapeHtml } from '../export/report-html.ts';

export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';

/**
 * An entry's title and content go out as `type="html"` (the feed library's only form), so a
 * reader renders them as HTML: people's text (a withdrawal's reason, a corrected narrative, a
 * department's name) is escaped to show as written, never as markup, and its lines kept.
 */
const asHtml = (text: string): string => escapeHtml(text).replace(/\n/g, '<br>');

/**
 * A plan's Atom feed (RFC 4287): one entry per notice, newest first, each linking to the
 * public page it concerns. `baseUrl` is the deployment's public address (MIERUKA_PUBLIC_URL).
 */
export function atomFeed(input: {
  readonly baseUrl: string;
  readonly feedPath: string;
  readonly planPath: string;
  readonly title: string;
  readonly municipality: string;
  readonly notices: readonly PublicationNotice[];
}): string {
  const url = (path: string) => new URL(path, `${input.baseUrl}/`).toString();
  const newest = input.notices[0];
  const feed = new Feed({
    id: url(input.feedPath),
    title: `${input.title}（${input.municipality}）更新情報`,
    description: `${input.title}の進捗状況の公表・訂正のお知らせ`,
    link: url(input.planPath),
    language: 'ja',
    updated: newest === undefined ? new Date(0) : new Date(newest.at),
    feedLinks: { atom: url(input.feedPath) },
    author: { name: input.municipality },
    copyright: `${input.municipality} ${OPEN_DATA_LICENSE.name} ${OPEN_DATA_LICENSE.url}`,
    generator: 'Mieruka',
  });
  for (const notice of input.notices) {
    feed.addItem({
      id: `${url(input.feedPath)}#${notice.id}`,
      title: escapeHtml(notice.title),
      link: url(notice.path),
      date: new Date(notice.at),
      content: asHtml(notice.text),
    });
  }
  return feed.atom1();
}
