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

/**
 * One decimal value's whole part grouped by thousands: "296121" → "296,121", "-1234.5" →
 * "-1,234.5". For a stored value; groupDigits is for a printed figure's text.
 */
export function groupDecimal(value: string): string {
  // A loop, not a look-ahead regex: it runs on every figure of a 1,000-KPI export (bench).
  const point = value.indexOf('.');
  const whole = point < 0 ? value : value.slice(0, point);
  const sign = whole.startsWith('-') ? 1 : 0;
  if (whole.length - sign <= 3) return value;
  const head = sign + ((whole.length - sign) % 3 || 3);
  let grouped = whole.slice(0, head);
  for (let i = head; i < whole.length; i += 3) grouped += `,${whole.slice(i, i + 3)}`;
  return point < 0 ? grouped : grouped + value.slice(point);
}
