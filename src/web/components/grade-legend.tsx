import { gradeLegendLines } from '../../domain/grade-legend.ts';
import { useView } from '../view-context.tsx';
import { GradeBadge } from './grade-badge.tsx';

/** What the grades mean: the plan's own scale and cuts, on screen and in print. */
export function GradeLegend(props: { labels: readonly string[]; cuts: readonly number[] }) {
  const { t } = useView();
  const lines = gradeLegendLines(props.labels, props.cuts);
  return (
    <section className="grade-legend" aria-labelledby="grade-legend-title">
      <h2 id="grade-legend-title" className="grade-legend__title">
        {t('gradeLegendTitle')}
      </h2>
      <ul>
        {lines.map((line, index) => (
          <li key={line.grade}>
            <GradeBadge grade={line.grade} index={index} />{' '}
            {line.kind === 'from'
              ? t('gradeLegendCut', { cut: line.cut })
              : line.kind === 'below'
                ? t('gradeLegendBelow', { cut: line.cut })
                : t('gradeLegendOnly')}
          </li>
        ))}
        <li>
          <GradeBadge grade={null} /> {t('gradeLegendNone')}
        </li>
      </ul>
    </section>
  );
}
