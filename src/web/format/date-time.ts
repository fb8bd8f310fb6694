import type { Lang } from '../i18n/i18n.ts';

/** An instant of the API (ISO 8601) as the reader's date and time: "2025/04/01 9:30". */
export function dateTimeText(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ja-JP', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}
