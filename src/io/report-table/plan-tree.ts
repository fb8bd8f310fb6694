import type { BasicPolicy } from '../../domain/model.ts';
import type { ImportedKpi } from '../imported-report.ts';
import type { KpiDraft } from './kpi-draft.ts';
import type { OrderedLabel } from './label-cells.ts';

interface ThemeDraft extends OrderedLabel {
  /** One entry per KPI row: the row's KPI for each column group. */
  readonly kpis: KpiDraft[][];
}

interface PolicyDraft {
  readonly number: string;
  readonly name: string;
  readonly themes: ThemeDraft[];
}

const sameLabel = (a: Pick<OrderedLabel, 'number' | 'name'>, b: OrderedLabel): boolean =>
  a.number === b.number && a.name === b.name;

/**
 * The plan tree as the rows build it: basic policies, theme programs under the latest policy,
 * KPI rows under the latest theme. A KPI before any heading gets an unnamed policy and theme.
 */
export class PlanTreeDraft {
  private readonly policies: PolicyDraft[] = [];

  /** A policy cell repeating the current policy (Mieruka's own export prints it on every row) continues it. */
  addPolicy(label: OrderedLabel): void {
    if (this.policies.length > 0 && sameLabel(this.policy(), label)) return;
    this.policies.push({ number: label.number, name: label.name, themes: [] });
  }

  /** A theme cell repeating the current theme continues it, as a repeated policy does. */
  addTheme(label: OrderedLabel): void {
    const themes = this.policy().themes;
    const current = themes.at(-1);
    if (current && sameLabel(current, label)) return;
    themes.push({ ...label, kpis: [] });
  }

  addKpiRow(drafts: KpiDraft[]): void {
    const policy = this.policy();
    let theme = policy.themes.at(-1);
    if (!theme) {
      theme = { number: '', name: '', actionItems: [], kpis: [] };
      policy.themes.push(theme);
    }
    theme.kpis.push(drafts);
  }

  /** The finished tree, each draft finished in row order, with the KPIs in that order. */
  build(finish: (draft: KpiDraft) => ImportedKpi): {
    policies: BasicPolicy[];
    kpis: ImportedKpi[];
  } {
    const kpis: ImportedKpi[] = [];
    const policies = this.policies.map((policy) => ({
      number: policy.number,
      name: policy.name,
      themes: policy.themes.map((theme) => ({
        number: theme.number,
        name: theme.name,
        actionItems: theme.actionItems,
        kpis: theme.kpis.flat().map((draft) => {
          const imported = finish(draft);
          kpis.push(imported);
          return imported.kpi;
        }),
      })),
    }));
    return { policies, kpis };
  }

  private policy(): PolicyDraft {
    let policy = this.policies.at(-1);
    if (!policy) {
      policy = { number: '', name: '', themes: [] };
      this.policies.push(policy);
    }
    return policy;
  }
}
