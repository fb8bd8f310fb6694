import type { PlanTreeView, DepartmentView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { PageLayout } from '../../components/page-layout.tsx';
import { Pending } from '../../components/loaded.tsx';
import { yearLabel } from '../../format/year-label.ts';
import { Link } from '../../routing/link.tsx';
import { useSession } from '../../session/session-context.tsx';
import { useView } from '../../view-context.tsx';
import { EvaluationSchemeForm } from './evaluation-scheme-form.tsx';
import { NewKpiForm } from './new-kpi-form.tsx';
import { SuccessorForm } from './successor-form.tsx';
import { MoveKpiForm } from './move-kpi-form.tsx';
import { KpiDepartmentsForm } from './kpi-departments-form.tsx';
import { DeleteForms } from './delete-forms.tsx';
import { PlanSettingsForm } from './plan-settings-form.tsx';
import { TreeForms } from './tree-forms.tsx';
import { ArrangeTreeForm } from './arrange-tree-form.tsx';

/**
 * The planning division's page for the plan itself (issue 20): its period and grades, its tree,
 * KPIs added from a year, and every KPI with its span, linking to the page where it is revised
 * or retired from a year. Admins only; the server decides again on every change.
 */
export function PlanAdminPage(props: { planId: number }) {
  const { t, lang, to } = useView();
  const { user } = useSession();
  const { state, reload } = useApi<PlanTreeView>(
    user?.role === 'admin' ? apiPaths.tree(props.planId) : null,
  );
  const departments = useApi<DepartmentView[]>(
    user?.role === 'admin' ? apiPaths.departments() : null,
  );
  const title = t('planAdminTitle');
  if (user?.role !== 'admin') {
    return (
      <PageLayout title={title}>
        <h1>{title}</h1>
        <p role="alert">{t('errorForbidden')}</p>
      </PageLayout>
    );
  }
  if (state.status !== 'ok') {
    return (
      <PageLayout title={title}>
        <h1>{title}</h1>
        <Pending state={state} onRetry={reload} />
      </PageLayout>
    );
  }
  const tree = state.data;
  // A department merged into another is not chosen any more.
  const choosable =
    departments.state.status === 'ok'
      ? departments.state.data.filter((d) => d.mergedInto === null).map((d) => d.name)
      : [];
  return (
    <PageLayout title={title} plan={tree.plan} current="plan-admin">
      <h1>{title}</h1>
      <p>{t('planAdminLead')}</p>
      <PlanSettingsForm tree={tree} onSaved={reload} />
      <EvaluationSchemeForm planId={props.planId} />
      <TreeForms tree={tree} onSaved={reload} />
      <ArrangeTreeForm tree={tree} onSaved={reload} />
      <NewKpiForm tree={tree} departments={choosable} onSaved={reload} />
      <section className="section" aria-labelledby="plan-admin-kpis">
        <h2 id="plan-admin-kpis">{t('planAdminKpis')}</h2>
        <ul className="plan-admin__kpis">
          {tree.policies.flatMap((policy) =>
            policy.themes.flatMap((theme) =>
              theme.kpis.map((kpi) => (
                <li key={kpi.code}>
                  <Link href={to({ page: 'kpi', planId: props.planId, code: kpi.code })}>
                    {kpi.code} {kpi.title}
                  </Link>{' '}
                  <span className="field__hint">
                    {policy.number}-{theme.number}・{kpi.departments.join('・')}
                    {kpi.from !== null &&
                      `・${t('planAdminKpiFrom', { year: yearLabel(kpi.from, lang) })}`}
                    {kpi.until !== null &&
                      `・${t('planAdminKpiUntil', { year: yearLabel(kpi.until, lang) })}`}
                  </span>
                </li>
              )),
            ),
          )}
        </ul>
      </section>
      <MoveKpiForm tree={tree} onSaved={reload} />
      <KpiDepartmentsForm tree={tree} departments={choosable} onSaved={reload} />
      <SuccessorForm tree={tree} />
      <DeleteForms tree={tree} onSaved={reload} />
    </PageLayout>
  );
}
