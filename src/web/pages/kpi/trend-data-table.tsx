import type { TrendPoint } from '../../../domain/api-contract.ts';
import { withUnit } from '../../format/number-text.ts';
import { yearLabel } from '../../format/year-label.ts';
import { useView } from '../../view-context.tsx';
import { KIND_LABELS, orderedPoints, trendValue } from './trend-series.ts';

/** The chart's data as a table, for screen readers and for anyone who wants the numbers. */
export function TrendDataTable(props: {
  points: readonly TrendPoint[];
  unit: string;
  /** The KPI counts in whole numbers: its projection is printed whole. */
  wholeNumbers: boolean;
}) {
  const { t, lang } = useView();
  return (
    <table className="data-table trend-table" id="trend-data">
      <caption>{t('trendTable')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colYear')}</th>
          <th scope="col">{t('colKind')}</th>
          <th scope="col" className="num">
            {t('colValue')}
          </th>
        </tr>
      </thead>
      <tbody>
        {orderedPoints(props.points).map((point) => (
          <tr key={`${point.fiscalYear}-${point.kind}`} data-kind={point.kind}>
            <th scope="row">{yearLabel(point.fiscalYear, lang)}</th>
            <td>{t(KIND_LABELS[point.kind])}</td>
            <td className="num">
              {withUnit(trendValue(point, lang, props.wholeNumbers), props.unit)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
