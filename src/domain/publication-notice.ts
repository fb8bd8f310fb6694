import { groupDigits } from './digit-grouping.ts';
import type { FiscalYear } from './fiscal-year.ts';
import { formatFiscalYear } from './fiscal-year.ts';

/** One thing the public was told, as stored (src/db/publication-repository.ts). */
export interface PublicationEvent {
  readonly id: number;
  readonly fiscalYear: FiscalYear;
  readonly kind: 'publish' | 'withdraw' | 'correction';
  readonly kpiCode: string | null;
  readonly department: string | null;
  /** `actual`, `cumulative` or `narrative` for a correction. */
  readonly field: string | null;
  readonly oldText: string | null;
  readonly newText: string | null;
  readonly reason: string | null;
  readonly at: string;
}

/** A year published or withdrawn (with the reason), as an event to store. */
export function yearEvent(
  kind: 'publish' | 'withdraw',
  fiscalYear: FiscalYear,
  at: string,
  reason: string | null = null,
): Omit<PublicationEvent, 'id'> {
  return {
    fiscalYear,
    kind,
    kpiCode: null,
    department: null,
    field: null,
    oldText: null,
    newText: null,
    reason,
    at,
  };
}

/** A notice in the citizen's words: what happened, the detail, and the page it is about. */
export interface PublicationNotice {
  readonly id: number;
  readonly title: string;
  readonly text: string;
  /** The app's path of the page it concerns: the year's dashboard or the KPI's page. */
  readonly path: string;
  readonly at: string;
}

const FIELD_NAMES: Record<string, string> = {
  actual: '実績値',
  cumulative: '累計値',
  narrative: '取組内容',
  title: '指標名',
  note: '注記',
  tags: '区分',
  unit: '単位',
  baseline: '基準値',
  counting: '単年度・累計の別',
  direction: '目標の方向',
  basis: '達成率の算定基準',
  formula: '達成率の算式',
  target: '目標値',
};

/**
 * The feed's wording of a publication, a withdrawal or a correction, in Japanese (the feed's
 * readers are the city's citizens and press).
 * @example publicationNotice({ kind: 'publish', fiscalYear: 2023, … }, 1).title // '令和5年度の進捗状況を公表しました'
 */
export function publicationNotice(event: PublicationEvent, planId: number): PublicationNotice {
  const year = formatFiscalYear(event.fiscalYear, 'japanese');
  const dashboard = `/plans/${planId}?fy=${event.fiscalYear}`;
  switch (event.kind) {
    case 'publish':
      return {
        id: event.id,
        title: `${year}の進捗状況を公表しました`,
        text: `${year}の実績値・達成率・取組内容を公表しました。`,
        path: dashboard,
        at: event.at,
      };
    case 'withdraw':
      return {
        id: event.id,
        title: `${year}の進捗状況の公表を取り下げました`,
        text: `理由：${event.reason ?? ''}`,
        path: `/plans/${planId}`,
        at: event.at,
      };
    case 'correction': {
      const code = event.kpiCode ?? '';
      const field = FIELD_NAMES[event.field ?? ''] ?? event.field ?? '';
      const department = event.department === null ? '' : `（${event.department}）`;
      const shown = (text: string | null) =>
        event.field === 'narrative' ? (text ?? '') : groupDigits(text ?? '');
      const because = event.reason === null ? '' : `（理由：${event.reason}）`;
      const change =
        (event.oldText === null
          ? `追加：${shown(event.newText)}`
          : `訂正前：${shown(event.oldText)} → 訂正後：${shown(event.newText)}`) + because;
      return {
        id: event.id,
        title: `${code} ${year}の${field}を${event.oldText === null ? '追加' : '訂正'}しました${department}`,
        text: change,
        path: `/plans/${planId}/kpis/${encodeURIComponent(code)}?fy=${event.fiscalYear}`,
        at: event.at,
      };
    }
  }
}
