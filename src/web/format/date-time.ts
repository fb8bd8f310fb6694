import type { Lang } from '../i18n/i18n.ts';

/**
 * An instant of the API (ISO 8601) as the reader's date and time in Japan, whatever the
 * browser's time zone: "2025/04/01 9:30" (00:30 UTC). The municipality's day is Japan's.
 */
export function dateTimeText(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ja-JP', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Tokyo',
  }).format(new Date(iso));
}
