import type { PlanSummaryView, PublicationView } from '../../domain/api-contract.ts';
import { apiPaths } from '../api/api-client.ts';
import { useApi } from '../api/use-api.ts';
import { isMember } from '../session/session-actor.ts';
import { useSession } from '../session/session-context.tsx';

/**
 * The published years of a plan, for a member of its municipality (who reads unpublished years
 * too, and needs to know which they are); null for a visitor, or until the plan has loaded.
 */
export function usePublications(plan: PlanSummaryView | null): {
  publications: readonly PublicationView[] | null;
  reload: () => void;
} {
  const { user } = useSession();
  const member = plan !== null && isMember(user, plan.municipality.id);
  const { state, reload } = useApi<PublicationView[]>(
    member ? apiPaths.publications(plan.id) : null,
  );
  return { publications: state.status === 'ok' ? state.data : null, reload };
}
