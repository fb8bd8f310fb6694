import type { PublishedEvaluation } from '../../../domain/evaluation.ts';
import { memo } from 'react';
import type { ReportRow } from '../../../domain/plan-report.ts';
import { useView } from '../../view-context.tsx';
import { KpiCard } from './kpi-card.tsx';

/** The progress table on a phone: one card per KPI, in the table's order, nothing to scroll sideways. */
export const KpiCardList = memo(function KpiCardList(props: {
  rows: readonly ReportRow[];
  evaluations: readonly PublishedEvaluation[];
  gradeLabels: readonly string[];
  planId: number;
  caption: string;
}) {
  const { to } = useView();
  return (
    <ul className="kpi-cards" aria-label={props.caption}>
      {props.rows.map((row) => (
        <KpiCard
          key={row.code}
          row={row}
          gradeIndex={props.gradeLabels.indexOf(row.grade ?? '')}
          href={to({ page: 'kpi', planId: props.planId, code: row.code })}
          evaluations={props.evaluations.filter((e) => e.code === row.code)}
        />
      ))}
    </ul>
  );
});
