/**
 * Groups the whole part of every number in a printed figure by thousands, the way the published
 * tables print them: "283179" → "283,179", "2(1)" and "8.39" unchanged. Only the digits'
 * presentation changes; the value is the stored one.
 * @example groupDigits('283179') // '283,179'
 */
export function groupDigits(text: string): string {
  return text.replace(/(^|[^\d.,])(\d{4,})/g, (_whole, before: string, digits: string) => {
    return before + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  });
}
