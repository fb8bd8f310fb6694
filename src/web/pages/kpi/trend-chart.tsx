import type { TrendPoint } from '../../../domain/api-contract.ts';
import { fiscalYear, formatFiscalYear } from '../../../domain/fiscal-year.ts';
import { useNarrowScreen } from '../../components/use-narrow-screen.ts';
import { useView } from '../../view-context.tsx';
import { trendValue } from './trend-series.ts';

/** The chart's width in SVG units: on a phone a narrower box, so its 12-px text stays 12 px. */
const WIDTH = 640;
const NARROW_WIDTH = 360;
const HEIGHT = 300;
const PAD = { top: 24, right: 24, bottom: 40, left: 64 };

/** Round steps for the value axis: 1, 2 or 5 times a power of ten. */
function niceStep(span: number, ticks: number): number {
  const raw = span / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

/**
 * A KPI's trend drawn by hand in SVG: actuals as a solid line, the baseline as a diamond, the
 * target as a dashed line and the projection to the target year as a dotted one. Shapes and
 * dash patterns tell the series apart, not colour alone; the same data is in TrendDataTable.
 */
export function TrendChart(props: { points: readonly TrendPoint[] }) {
  const { t, lang } = useView();
  const width = useNarrowScreen() ? NARROW_WIDTH : WIDTH;
  const { points } = props;
  if (points.length === 0) return null;
  const years = points.map((p) => p.fiscalYear);
  const minYear = Math.min(...years);
  const maxYear = Math.max(...years, minYear + 1);
  const values = points.map((p) => p.value);
  const least = Math.min(...values);
  const most = Math.max(...values);
  // Start at zero unless the values sit in a narrow band far from it (⑦ 264,000–299,963 m²).
  const fromZero = least <= 0 || (most - least) / most > 0.5;
  const floor = fromZero ? Math.min(least, 0) : least;
  const step = niceStep(Math.max(most, 0) - floor || 1, 5);
  const low = Math.floor((fromZero ? floor : floor - step / 2) / step) * step;
  const high = Math.ceil((Math.max(most, 0) + step / 4) / step) * step || step;
  const x = (year: number) =>
    PAD.left + ((year - minYear) / (maxYear - minYear)) * (width - PAD.left - PAD.right);
  const y = (value: number) =>
    HEIGHT - PAD.bottom - ((value - low) / (high - low)) * (HEIGHT - PAD.top - PAD.bottom);
  const ticks: number[] = [];
  for (let v = low; v <= high + step / 2; v += step) ticks.push(v);
  const yearTicks: number[] = [];
  for (let year = minYear; year <= maxYear; year += 1) yearTicks.push(year);
  const actual = points.filter((p) => p.kind === 'actual');
  const baseline = points.find((p) => p.kind === 'baseline');
  const target = points.find((p) => p.kind === 'target');
  const projection = points.find((p) => p.kind === 'projection');
  const measured = [...(baseline ? [baseline] : []), ...actual];
  const last = measured.at(-1);
  const path = (series: readonly TrendPoint[]) =>
    series.map((p) => `${x(p.fiscalYear).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const format = (v: number) => new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'ja-JP').format(v);
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-labelledby="trend-title trend-desc"
        className="chart__svg"
      >
        <title id="trend-title">{t('trendTitle')}</title>
        <desc id="trend-desc">{t('trendDesc')}</desc>
        <g className="chart__grid">
          {ticks.map((v) => (
            <g key={v}>
              <line x1={PAD.left} x2={width - PAD.right} y1={y(v)} y2={y(v)} />
              <text x={PAD.left - 8} y={y(v) + 4} textAnchor="end">
                {format(v)}
              </text>
            </g>
          ))}
          {yearTicks.map((year) => (
            <text key={year} x={x(year)} y={HEIGHT - PAD.bottom + 20} textAnchor="middle">
              {formatFiscalYear(fiscalYear(year), 'short')}
            </text>
          ))}
        </g>
        {target && (
          <g className="chart__target">
            <line x1={PAD.left} x2={width - PAD.right} y1={y(target.value)} y2={y(target.value)} />
            <rect x={x(target.fiscalYear) - 5} y={y(target.value) - 5} width={10} height={10} />
            <text x={x(target.fiscalYear) - 8} y={y(target.value) - 10} textAnchor="end">
              {t('seriesTarget')} {trendValue(target, lang)}
            </text>
          </g>
        )}
        {projection && last && (
          <g className="chart__projection">
            <polyline points={path([last, projection])} />
            <circle cx={x(projection.fiscalYear)} cy={y(projection.value)} r={5} />
          </g>
        )}
        {measured.length > 1 && <polyline className="chart__actual" points={path(measured)} />}
        {baseline && (
          <path
            className="chart__baseline"
            d={`M ${x(baseline.fiscalYear)} ${y(baseline.value) - 7} l 7 7 l -7 7 l -7 -7 z`}
          />
        )}
        {actual.map((p) => (
          <g key={p.fiscalYear} className="chart__point">
            <circle cx={x(p.fiscalYear)} cy={y(p.value)} r={4.5} />
            <text x={x(p.fiscalYear)} y={y(p.value) - 10} textAnchor="middle">
              {trendValue(p, lang)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="legend">
          <li>
            <span className="legend__key legend__key--actual" aria-hidden="true" />
            {t('seriesActual')}
          </li>
          {baseline && (
            <li>
              <span className="legend__key legend__key--baseline" aria-hidden="true" />
              {t('seriesBaseline')}
            </li>
          )}
          {target && (
            <li>
              <span className="legend__key legend__key--target" aria-hidden="true" />
              {t('seriesTarget')}
            </li>
          )}
          {projection && (
            <li>
              <span className="legend__key legend__key--projection" aria-hidden="true" />
              {t('seriesProjection')}
            </li>
          )}
        </ul>
      </figcaption>
    </figure>
  );
}
