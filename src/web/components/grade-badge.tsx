import { useView } from '../view-context.tsx';

/** A grade as a label with its colour; the colour never carries the meaning alone. */
export function GradeBadge(props: { grade: string | null; index?: number }) {
  const { t } = useView();
  if (props.grade === null) return <span className="grade grade--none">{t('gradeNone')}</span>;
  return (
    <span
      className={`grade grade--${(props.index ?? -1) < 0 ? 'other' : String(props.index)}`}
      title={t('gradeLabel', { grade: props.grade })}
    >
      {props.grade}
    </span>
  );
}
