import type { Column } from './header-map.ts';

/** A header naming the indicators themselves: 指標, KPI, 評価指標 (spaced out too: 「指 標」). */
const INDICATOR = /指標|KPI/i;

/** A header naming what kind of indicator each is: 指標種別, 指標の種類, 指標区分. */
const KIND_OF_INDICATOR = /(?:指標|KPI)の?(?:種別|種類|区分|類型)/i;

/**
 * The column naming each indicator's kind (つくば市 個別施策評価調書 「指標種別」: 活動結果指標,
 * 成果指標) beside the one naming the indicators (「個別施策の代表指標名」): kept as printed beside
 * each KPI, the other naming them.
 */
function withKindColumn(columns: readonly Column[], kind: Column): Column[] {
  return columns.map((c) =>
    c === kind
      ? {
          ...c,
          role: { kind: 'other' },
          because: `${c.because}, but it names the kind of each indicator, beside their names: kept as printed`,
        }
      : c,
  );
}

/**
 * Of two columns the words take for the KPIs' names, the one headed as the indicator (a 町
 * 総合戦略 検証: 「事業名【担当課】」 then 「重要業務評価 指標(KPI)」) names the KPIs; the other names
 * what they are under (the 事業), read as the plan's theme, once written over by the second.
 * Tables with one such column, or none headed as the indicator, are left as they are.
 */
export function withIndicatorColumn(columns: readonly Column[]): Column[] {
  const named = columns.filter((c) => c.role.kind === 'kpi');
  if (named.length !== 2) return [...columns];
  const words = (c: Column) => c.label.normalize('NFKC').replace(/\s+/g, '');
  const kinds = named.filter((c) => KIND_OF_INDICATOR.test(words(c)));
  const [kind] = kinds;
  if (kinds.length === 1 && kind !== undefined) return withKindColumn(columns, kind);
  const indicator = named.filter((c) => INDICATOR.test(words(c)));
  const [kpi] = indicator;
  if (indicator.length !== 1 || kpi === undefined) return [...columns];
  return columns.map((c) =>
    c.role.kind === 'kpi' && c !== kpi
      ? {
          ...c,
          role: { kind: 'theme' },
          because: `${c.because}, beside the indicators under "${kpi.label.trim()}": what they are under`,
        }
      : c,
  );
}
