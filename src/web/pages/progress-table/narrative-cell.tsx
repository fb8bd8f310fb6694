import { useState } from 'react';
import type { ReportRow } from '../../../domain/plan-report.ts';
import { useView } from '../../view-context.tsx';
import { DraftMark } from '../draft-marks.tsx';
import type { PublishedEvaluation } from '../../../domain/evaluation.ts';
import { PublishedEvaluations } from './published-evaluations.tsx';

const LONG = 90;

/**
 * The year's narratives of a KPI: short ones whole, long ones folded to a few lines with a
 * button to read them all (print always shows them whole).
 */
export function NarrativeCell(props: {
  narratives: ReportRow['narratives'];
  code: string;
  year: number;
  rowSpan: number;
  /** The year's published evaluation, printed under the narrative. */
  evaluations: readonly PublishedEvaluation[];
}) {
  const { t } = useView();
  const [open, setOpen] = useState(false);
  const length = props.narratives.reduce((n, item) => n + item.text.length, 0);
  const long = length > LONG;
  const id = `narrative-${props.code}`;
  return (
    <td className="col-narrative" rowSpan={props.rowSpan}>
      <div id={id} className={long && !open ? 'narrative narrative--folded' : 'narrative'}>
        {props.narratives.map((item, index) => (
          <p key={index}>
            {item.department !== null && <strong>{item.department}: </strong>}
            {item.text}
            <DraftMark
              code={props.code}
              kind="narrative"
              department={item.department}
              year={props.year}
            />
          </p>
        ))}
      </div>
      {long && (
        <button
          type="button"
          className="link-button no-print"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {open ? t('readLess') : t('readMore')}
        </button>
      )}
      <PublishedEvaluations evaluations={props.evaluations} />
    </td>
  );
}
