import type { PlanSummaryView } from '../../../domain/api-contract.ts';
import { apiPaths } from '../../api/api-client.ts';
import { useApi } from '../../api/use-api.ts';
import { Loaded } from '../../components/loaded.tsx';
import { EmptyView } from '../../components/status-views.tsx';
import { PageLayout } from '../../components/page-layout.tsx';
import { yearLabel } from '../../format/year-label.ts';
import { Link } from '../../routing/link.tsx';
import { useView } from '../../view-context.tsx';
import { planTitle } from '../../format/plan-title.ts';

/** Every plan, each linking to its dashboard. */
export function PlanListPage() {
  const { t, lang, to } = useView();
  const plans = useApi<PlanSummaryView[]>(apiPaths.plans());
  return (
    <PageLayout title={t('plansTitle')}>
      <h1>{t('plansTitle')}</h1>
      <Loaded load={plans}>
        {(data) =>
          data.length === 0 ? (
            <EmptyView message={t('plansEmpty')} />
          ) : (
            <ul className="plan-list">
              {data.map((plan) => (
                <li key={plan.id} className="card">
                  <h2 className="card__title">
                    <Link href={to({ page: 'dashboard', planId: plan.id })}>{planTitle(plan)}</Link>
                  </h2>
                  <p>
                    {t('plansKpis', { count: plan.kpiCount })}
                    {plan.startYear !== null && plan.endYear !== null && (
                      <>
                        {' · '}
                        {t('plansPeriod', {
                          from: yearLabel(plan.startYear, lang),
                          to: yearLabel(plan.endYear, lang),
                        })}
                      </>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </PageLayout>
  );
}
