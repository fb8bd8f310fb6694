import type { Lang } from '../i18n/i18n.ts';

/**
 * Groups the whole part of every number in a printed figure by thousands, the way the published
 * tables print them: "283179" → "283,179", "2(1)" and "8.39" unchanged. Only the digits'
 * presentation changes; the value is the API's.
 */
export function groupDigits(text: string): string {
  return text.replace(/(^|[^\d.,])(\d{4,})/g, (_whole, before: string, digits: string) => {
    return before + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  });
}

/** A figure with its unit: "2,102 件", "8.39 億円", "39.5%". */
export function withUnit(text: string, unit: string): string {
  if (text === '' || unit === '') return groupDigits(text);
  return unit === '%' ? `${groupDigits(text)}%` : `${groupDigits(text)} ${unit}`;
}

/** An estimate (a projection, never a printed figure), to at most two decimals. */
export function formatEstimate(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'ja-JP', {
    maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 2,
  }).format(value);
}
