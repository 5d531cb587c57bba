import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import type { SupplyDecision, SupplyStatus } from '@smartkompetens/domain';
import { useMutation } from '../../../composables/use-mutation.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { SupplyPlanQuery } from '../../../gql/graphql.ts';
import { isOverdue, planProgress, todayIso } from '../utils/supply-plan.ts';

const SupplyPlanDocument = graphql(`
  query SupplyPlan($id: ID!) {
    company(id: $id) {
      id
      name
      viewerCanManage
      supplyPlan {
        id
        competence {
          id
          nameSv
          nameEn
        }
        role {
          id
          nameSv
          nameEn
        }
        decision
        status
        targetLevel
        peopleCount
        owner {
          id
          firstName
          lastName
        }
        dueDate
        note
        version
      }
    }
  }
`);

const SupplyPlanItemDeleteDocument = graphql(`
  mutation SupplyPlanItemDelete($id: ID!) {
    supplyPlanItemDelete(id: $id) {
      supplyPlanItem {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export type SupplyPlanItem = NonNullable<SupplyPlanQuery['company']>['supplyPlan'][number];

export interface SupplyPlanFilter {
  status: SupplyStatus | '';
  decision: SupplyDecision | '';
}

/** A company's supply plan: its items, progress, filters, and deleting an item. */
export function useSupplyPlan(companyId: MaybeRefOrGetter<string>) {
  const query = useQuery(SupplyPlanDocument, () => ({ id: toValue(companyId) }), { keepPrevious: true });
  const deletion = useMutation(SupplyPlanItemDeleteDocument);
  const filter = ref<SupplyPlanFilter>({ status: '', decision: '' });
  const today = todayIso();

  const company = computed(() => query.data.value?.company ?? null);
  const items = computed(() => company.value?.supplyPlan ?? []);

  /** Deletes an item; resolves with the error text key when the API refused. */
  async function remove(item: SupplyPlanItem): Promise<{ ok: true } | { ok: false; code: string; message: string }> {
    const payload = (await deletion.mutate({ id: item.id }))?.supplyPlanItemDelete;
    if (!payload) return { ok: false, code: deletion.error.value?.code ?? 'NETWORK', message: deletion.error.value?.message ?? '' };
    const first = payload.userErrors[0];
    if (first) return { ok: false, code: first.code, message: first.message };
    await query.refetch();
    return { ok: true };
  }

  return {
    company,
    items,
    filter,
    visible: computed(() =>
      items.value.filter(
        (i) => (!filter.value.status || i.status === filter.value.status) && (!filter.value.decision || i.decision === filter.value.decision),
      ),
    ),
    progress: computed(() => planProgress(items.value, today)),
    isOverdue: (item: SupplyPlanItem) => isOverdue(item, today),
    loading: query.loading,
    error: query.error,
    loaded: computed(() => query.data.value !== undefined),
    missing: computed(() => query.data.value !== undefined && !query.data.value.company),
    refetch: query.refetch,
    deleting: deletion.loading,
    remove,
  };
}
