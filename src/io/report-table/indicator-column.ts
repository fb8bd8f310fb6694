import type { Column } from './header-map.ts';

/** A header naming the indicators themselves: 指標, KPI, 評価指標 (spaced out too: 「指 標」). */
const INDICATOR = /指標|KPI/i;

/**
 * Of two columns the words take for the KPIs' names, the one headed as the indicator (a 町
 * 総合戦略 検証: 「事業名【担当課】」 then 「重要業務評価 指標(KPI)」) names the KPIs; the other names
 * what they are under (the 事業), read as the plan's theme, once written over by the second.
 * Tables with one such column, or none headed as the indicator, are left as they are.
 */
export function withIndicatorColumn(columns: readonly Column[]): Column[] {
  const named = columns.filter((c) => c.role.kind === 'kpi');
  if (named.length !== 2) return [...columns];
  const indicator = named.filter((c) =>
    INDICATOR.test(c.label.normalize('NFKC').replace(/\s+/g, '')),
  );
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
