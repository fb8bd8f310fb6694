import type { ReactNode } from 'react';
import { createContext, useContext, useMemo } from 'react';
import type { UnapprovedRecord } from '../../domain/approved-view.ts';
import { ENTRY_STATE_KEY } from '../components/entry-state-badge.tsx';
import { Link } from '../routing/link.tsx';
import { isMember } from '../session/session-actor.ts';
import { useSession } from '../session/session-context.tsx';
import { useView } from '../view-context.tsx';

/** Whether a view counts entries still in review: members ask with `?drafts=1`. */
export function wantsDrafts(search: URLSearchParams): boolean {
  return search.get('drafts') === '1';
}

const key = (code: string, kind: string, department: string | null, year: number) =>
  `${code}|${kind}|${department ?? ''}|${year}`;

const Marks = createContext<ReadonlyMap<string, UnapprovedRecord>>(new Map());

/** The records in review a view counts (the report's `drafts`), for the cells to mark them. */
export function DraftMarks(props: { drafts: readonly UnapprovedRecord[]; children: ReactNode }) {
  const marks = useMemo(
    () => new Map(props.drafts.map((d) => [key(d.code, d.kind, d.department, d.fiscalYear), d])),
    [props.drafts],
  );
  return <Marks.Provider value={marks}>{props.children}</Marks.Provider>;
}

/** A figure or narrative counted though not approved: a mark after it, named by its state. */
export function DraftMark(props: {
  code: string;
  kind: UnapprovedRecord['kind'];
  department: string | null;
  year: number;
}) {
  const { t } = useView();
  const record = useContext(Marks).get(key(props.code, props.kind, props.department, props.year));
  if (record === undefined) return null;
  const state = t(ENTRY_STATE_KEY[record.state]);
  return (
    <span className="draft-mark" data-draft={record.state} title={t('draftMarkTitle', { state })}>
      <span aria-hidden="true">✎</span>
      <span className="visually-hidden">{t('draftMarkTitle', { state })}</span>
    </span>
  );
}

/**
 * For members: switch the view between approved figures only (what visitors and the report
 * show) and one that counts entries in review too, said plainly above the view while it does.
 */
export function DraftsSwitch(props: { municipalityId: number; count: number | null }) {
  const { t, here, search } = useView();
  const { user } = useSession();
  if (!isMember(user, props.municipalityId)) return null;
  const on = wantsDrafts(search);
  return (
    <div className={on ? 'drafts-switch drafts-switch--on no-print' : 'drafts-switch no-print'}>
      {on && (
        <p role="status">
          {props.count === null ? t('draftsShown') : t('draftsShownCount', { count: props.count })}
        </p>
      )}
      <Link href={here({ drafts: on ? null : '1' })}>{on ? t('draftsHide') : t('draftsShow')}</Link>
    </div>
  );
}
