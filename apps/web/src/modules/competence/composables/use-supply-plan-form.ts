import { computed, reactive, ref, shallowRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ApiError } from '../../../api/api-error.ts';
import { userErrorMessage } from '../../../api/user-errors.ts';
import { useFormErrors } from '../../../composables/use-form-errors.ts';
import { useMutation } from '../../../composables/use-mutation.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import {
  blankSupplyPlanForm,
  supplyPlanFields,
  toSupplyPlanInput,
  type SupplyPlanFormValues,
} from '../utils/supply-plan.ts';
import { personName, useLocalized } from './use-localized.ts';

const SupplyPlanFormDocument = graphql(`
  query SupplyPlanForm($id: ID!) {
    company(id: $id) {
      id
      name
      viewerCanManage
      jobRoles {
        id
        nameSv
        nameEn
      }
      employees(first: 100) {
        nodes {
          id
          firstName
          lastName
          jobTitle
        }
      }
      supplyPlan {
        id
        competence {
          id
          nameSv
          nameEn
        }
        role {
          id
        }
        decision
        status
        targetLevel
        peopleCount
        owner {
          id
        }
        dueDate
        note
        version
      }
    }
  }
`);

const SupplyPlanItemCreateDocument = graphql(`
  mutation SupplyPlanItemCreate($companyId: ID!, $input: SupplyPlanItemInput!) {
    supplyPlanItemCreate(companyId: $companyId, input: $input) {
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

const SupplyPlanItemUpdateDocument = graphql(`
  mutation SupplyPlanItemUpdate($id: ID!, $input: SupplyPlanItemInput!, $expectedVersion: Int) {
    supplyPlanItemUpdate(id: $id, input: $input, expectedVersion: $expectedVersion) {
      supplyPlanItem {
        id
        version
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export type SupplyPlanSubmitOutcome = { status: 'saved' } | { status: 'invalid' } | { status: 'stale' } | { status: 'failed' };

const ERROR_SCOPE = 'competence.supplyPlan.form.errors';

/**
 * The supply-plan item form, new (optionally pre-filled with a competence from a gap) or edit:
 * the same validation as the API, server errors next to their fields, STALE on concurrent edits.
 */
export function useSupplyPlanForm(target: { companyId: string; itemId?: string; competenceId?: string }) {
  const { t, te } = useI18n();
  const { name, compare } = useLocalized();
  const mode = target.itemId ? ('edit' as const) : ('new' as const);

  const query = useQuery(SupplyPlanFormDocument, { id: target.companyId }, { keepPrevious: true });
  const create = useMutation(SupplyPlanItemCreateDocument);
  const update = useMutation(SupplyPlanItemUpdateDocument);

  const values = reactive<SupplyPlanFormValues>(blankSupplyPlanForm(target.competenceId ?? ''));
  const stale = ref(false);
  const requestError = shallowRef<ApiError>();
  const initial = ref(JSON.stringify(values));
  const checked = computed(() => toSupplyPlanInput(values));
  const errors = useFormErrors({
    fields: supplyPlanFields,
    values,
    problems: () => checked.value.problems,
    message: (error) => userErrorMessage(error, { t, te }, ERROR_SCOPE),
  });
  const { submitted, serverErrors } = errors;

  const company = computed(() => query.data.value?.company ?? null);
  const item = computed(() => (target.itemId ? (company.value?.supplyPlan.find((i) => i.id === target.itemId) ?? null) : null));

  function fill() {
    const i = item.value;
    if (!i) return;
    Object.assign(values, {
      competenceId: i.competence.id,
      roleId: i.role?.id ?? '',
      decision: i.decision,
      status: i.status,
      targetLevel: i.targetLevel?.toString() ?? '',
      peopleCount: String(i.peopleCount),
      ownerEmployeeId: i.owner?.id ?? '',
      dueDate: i.dueDate ?? '',
      note: i.note ?? '',
    } satisfies SupplyPlanFormValues);
    initial.value = JSON.stringify(values);
    errors.reset();
    stale.value = false;
  }
  watch(item, fill, { immediate: true });

  async function submit(): Promise<SupplyPlanSubmitOutcome> {
    submitted.value = true;
    serverErrors.value = [];
    requestError.value = undefined;
    stale.value = false;
    const { input, problems } = checked.value;
    if (problems.length) return { status: 'invalid' };
    const payload =
      mode === 'new'
        ? (await create.mutate({ companyId: target.companyId, input }))?.supplyPlanItemCreate
        : (await update.mutate({ id: target.itemId ?? '', input, expectedVersion: item.value?.version ?? null }))?.supplyPlanItemUpdate;
    if (!payload) {
      requestError.value = (mode === 'new' ? create : update).error.value;
      return { status: 'failed' };
    }
    if (payload.userErrors.some((e) => e.code === 'STALE')) {
      stale.value = true;
      return { status: 'stale' };
    }
    if (payload.userErrors.length || !payload.supplyPlanItem) {
      serverErrors.value = payload.userErrors;
      return { status: 'invalid' };
    }
    initial.value = JSON.stringify(values);
    return { status: 'saved' };
  }

  async function reload() {
    await query.refetch();
    fill();
  }

  return {
    mode,
    values,
    company,
    item,
    roles: computed(() =>
      [...(company.value?.jobRoles ?? [])].map((r) => ({ id: r.id, label: name(r) })).sort((a, b) => compare(a.label, b.label)),
    ),
    people: computed(() =>
      [...(company.value?.employees.nodes ?? [])]
        .map((e) => ({ id: e.id, label: `${personName(e)} (${e.jobTitle})`, sortKey: `${e.lastName} ${e.firstName}` }))
        .sort((a, b) => compare(a.sortKey, b.sortKey)),
    ),
    dirty: computed(() => JSON.stringify(values) !== initial.value),
    loading: query.loading,
    loadError: query.error,
    retryLoad: query.refetch,
    missing: computed(() => query.data.value !== undefined && (!company.value || (mode === 'edit' && !item.value))),
    canManage: computed(() => company.value?.viewerCanManage ?? false),
    saving: computed(() => create.loading.value || update.loading.value),
    requestError,
    stale,
    summary: errors.summary,
    errorsFor: errors.errorsFor,
    touch: errors.touch,
    submit,
    reload,
  };
}
