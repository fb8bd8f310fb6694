import type { EntrySubmission, EntryTextField } from '../../domain/entry-review.ts';
import { withUnit } from '../format/number-text.ts';
import { yearLabel } from '../format/year-label.ts';
import type { MessageKey } from '../i18n/messages-ja.ts';
import { useView } from '../view-context.tsx';
import { GradeBadge } from './grade-badge.tsx';

const FIELD_KEY: Readonly<Record<EntryTextField, MessageKey>> = {
  figure: 'reviewFieldFigure',
  cumulative: 'reviewFieldCumulative',
  narrative: 'reviewFieldNarrative',
};

/** What changed since the entry was last returned: each field, what it read then and now. */
function ChangesSinceReturn(props: { submission: EntrySubmission }) {
  const { t } = useView();
  const { changesSinceReturn: changes, unit } = props.submission;
  if (changes === null) return null;
  if (changes.length === 0) {
    return <p className="submission__changes field__hint">{t('reviewNoChanges')}</p>;
  }
  const shown = (field: EntryTextField, text: string | null) =>
    text === null ? t('reviewEmptyText') : field === 'narrative' ? text : withUnit(text, unit);
  return (
    <div className="submission__changes" data-submission="changes">
      <p className="label">{t('reviewChanges')}</p>
      <ul>
        {changes.map((c) => (
          <li key={c.field} data-field={c.field}>
            {t(FIELD_KEY[c.field])}: <del>{shown(c.field, c.before)}</del> →{' '}
            <ins>{shown(c.field, c.after)}</ins>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * What a department entered into an entry, as the server read it (reviewEntry): the figure(s)
 * as written, the rate and grade they give, last year's figure beside them, the narrative, and
 * what changed since a return. `compact` for a line of the board; whole on the entry page.
 */
export function EntrySubmissionView(props: {
  submission: EntrySubmission;
  gradeLabels?: readonly string[];
  compact?: boolean;
}) {
  const { t, lang } = useView();
  const { submission: s } = props;
  const figure = s.figure === null ? t('reviewNothing') : withUnit(s.figure, s.unit);
  return (
    <div className={props.compact ? 'submission submission--compact' : 'submission'}>
      <dl className="submission__figures">
        <div>
          <dt>{t('reviewFigure')}</dt>
          <dd data-submission="figure">{figure}</dd>
        </div>
        {s.cumulative !== null && (
          <div>
            <dt>{t('reviewCumulative')}</dt>
            <dd data-submission="cumulative">{withUnit(s.cumulative, s.unit)}</dd>
          </div>
        )}
        {s.figure !== null && (
          <div>
            <dt>{t('reviewRate')}</dt>
            <dd data-submission="rate">
              {s.rate ?? t('reviewNoRate')}{' '}
              {s.grade !== null && (
                <GradeBadge grade={s.grade} index={props.gradeLabels?.indexOf(s.grade) ?? -1} />
              )}
            </dd>
          </div>
        )}
        {s.previous !== null && (
          <div>
            <dt>{t('reviewPreviousLabel')}</dt>
            <dd data-submission="previous">
              {t('reviewPrevious', {
                year: yearLabel(s.previous.fiscalYear, lang),
                figure: withUnit(s.previous.figure, s.unit),
              })}
            </dd>
          </div>
        )}
      </dl>
      {s.narrative !== null &&
        (props.compact ? (
          <details className="submission__narrative">
            <summary>{t('reviewNarrative')}</summary>
            <p className="narrative-text" data-submission="narrative">
              {s.narrative}
            </p>
          </details>
        ) : (
          <div className="submission__narrative">
            <p className="label">{t('reviewNarrative')}</p>
            <p className="narrative-text" data-submission="narrative">
              {s.narrative}
            </p>
          </div>
        ))}
      <ChangesSinceReturn submission={s} />
    </div>
  );
}
