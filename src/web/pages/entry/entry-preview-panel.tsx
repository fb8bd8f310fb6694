import type { EntryPreview } from '../../../domain/entry-preview.ts';
import { entryCheckMessage } from '../../../domain/entry-preview.ts';
import { GradeBadge } from '../../components/grade-badge.tsx';
import { yearLabel } from '../../format/year-label.ts';
import { useView } from '../../view-context.tsx';
import { projectionValueText } from '../../format/projection-text.ts';

/**
 * The rate and grade the typed figure would give, computed live by the report's own functions,
 * the projection to the target year, and every check still open, read out as it changes.
 */
export function EntryPreviewPanel(props: {
  preview: EntryPreview;
  unit: string;
  gradeLabels: readonly string[];
}) {
  const { t, lang } = useView();
  const { preview } = props;
  const open = preview.checks;
  return (
    <aside className="card entry-preview" aria-labelledby="entry-preview-title">
      <h2 id="entry-preview-title">{t('formPreview')}</h2>
      <div aria-live="polite" className="entry-preview__rate">
        {preview.rate === null ? (
          <p>{preview.figure === null ? '' : t('formPreviewNone')}</p>
        ) : (
          <>
            <span className="label">{t('formPreviewRate')}</span>{' '}
            <span className="big-rate" data-preview="rate">
              {preview.rate}
            </span>{' '}
            <GradeBadge
              grade={preview.grade}
              index={props.gradeLabels.indexOf(preview.grade ?? '')}
            />
          </>
        )}
        {preview.projection && (
          <p className={preview.projection.onCourse ? 'on-course' : 'risk-flag'}>
            {t('formPreviewProjection', {
              year: yearLabel(preview.projection.targetYear, lang),
              value: projectionValueText(preview.projection, props.unit, t),
              verdict: preview.projection.onCourse ? t('onCourse') : t('atRisk'),
            })}
          </p>
        )}
      </div>
      {open.length > 0 && (
        <div className="entry-checks">
          <h3>{t('formChecks')}</h3>
          <ul aria-live="polite">
            {open.map((check) => (
              <li
                key={check.kind}
                className={`entry-check entry-check--${check.severity}`}
                data-check={check.kind}
              >
                {entryCheckMessage(check, props.unit)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </aside>
  );
}
