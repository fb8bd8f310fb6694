/**
 * The points of a sparkline polyline for a KPI's figures by year, in a box of `width` × `height`
 * SVG units with `pad` around: years missing a figure (null) leave their slot empty. The values
 * are floats for drawing only; the card prints the API's figures.
 */
export function sparklinePoints(
  values: readonly (number | null)[],
  width: number,
  height: number,
  pad = 3,
): string {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return '';
  const low = Math.min(...known);
  const high = Math.max(...known);
  const span = high - low;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const points: string[] = [];
  values.forEach((value, index) => {
    if (value === null) return;
    const x = values.length > 1 ? pad + index * step : width / 2;
    const y = span === 0 ? height / 2 : height - pad - ((value - low) / span) * (height - 2 * pad);
    points.push(`${round(x)},${round(y)}`);
  });
  return points.join(' ');
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}
