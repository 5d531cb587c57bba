import { computed, reactive, ref, shallowRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ApiError } from '../../../api/api-error.ts';
import { groupUserErrors, userErrorMessage, type UserErrorLike } from '../../../api/user-errors.ts';
import { useMutation } from '../../../composables/use-mutation.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import { useSessionStore } from '../../../stores/session.ts';
import {
  blankCompetenceForm,
  competenceFields,
  suggestCode,
  toCompetenceInput,
  type CompetenceField,
  type CompetenceFormValues,
} from '../utils/competence-form.ts';
import { canMaintain } from './use-competence-framework.ts';

const CompetenceForEditDocument = graphql(`
  query CompetenceForEdit($id: ID!) {
    competence(id: $id) {
      id
      code
      nameSv
      nameEn
      descriptionSv
      descriptionEn
      jobtechConceptId
      escoUri
      retired
      area {
        id
      }
      company {
        id
        name
      }
    }
  }
`);

const CompetenceAreasDocument = graphql(`
  query CompetenceAreas {
    competenceAreas {
      id
      nameSv
      nameEn
    }
  }
`);

const CompetenceCreateDocument = graphql(`
  mutation CompetenceCreate($companyId: ID, $input: CompetenceInput!) {
    competenceCreate(companyId: $companyId, input: $input) {
      competence {
        id
        nameSv
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const CompetenceUpdateDocument = graphql(`
  mutation CompetenceUpdate($id: ID!, $input: CompetenceInput!) {
    competenceUpdate(id: $id, input: $input) {
      competence {
        id
        nameSv
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export type CompetenceSubmitOutcome = { status: 'saved'; name: string } | { status: 'invalid' } | { status: 'failed' };

const ERROR_SCOPE = 'competence.framework.form.errors';

/**
 * A competence of the framework, new or edited. Programme admins add programme-wide ones; a
 * company admin adds local ones to their own firm (`companyId`), which only that firm sees.
 */
export function useCompetenceForm(target: { competenceId?: string; areaId?: string }) {
  const { t, te } = useI18n();
  const session = useSessionStore();
  const mode = target.competenceId ? ('edit' as const) : ('new' as const);

  const existing = useQuery(CompetenceForEditDocument, { id: target.competenceId ?? '' }, { enabled: mode === 'edit' });
  const areasQuery = useQuery(CompetenceAreasDocument, {});
  const create = useMutation(CompetenceCreateDocument);
  const update = useMutation(CompetenceUpdateDocument);

  const values = reactive<CompetenceFormValues>(blankCompetenceForm(target.areaId ?? ''));
  const touched = reactive(new Set<CompetenceField>());
  const submitted = ref(false);
  const serverErrors = shallowRef<UserErrorLike[]>([]);
  const requestError = shallowRef<ApiError>();
  const initial = ref(JSON.stringify(values));
  /** A new competence's code follows its Swedish name until someone types a code. */
  const codeEdited = ref(mode === 'edit');

  const competence = computed(() => existing.data.value?.competence ?? null);
  /** New ones: a company admin's become local to their firm. */
  const localTo = computed(() =>
    mode === 'edit'
      ? (competence.value?.company ?? null)
      : session.role === 'COMPANY_ADMIN' && session.activeMembership?.company
        ? session.activeMembership.company
        : null,
  );

  watch(
    competence,
    (c) => {
      if (!c) return;
      Object.assign(values, {
        areaId: c.area.id,
        code: c.code,
        nameSv: c.nameSv,
        nameEn: c.nameEn ?? '',
        descriptionSv: c.descriptionSv,
        descriptionEn: c.descriptionEn ?? '',
        jobtechConceptId: c.jobtechConceptId ?? '',
        escoUri: c.escoUri ?? '',
      } satisfies CompetenceFormValues);
      initial.value = JSON.stringify(values);
    },
    { immediate: true },
  );

  watch(
    () => values.nameSv,
    (name) => {
      if (!codeEdited.value) values.code = suggestCode(name);
    },
  );

  for (const field of competenceFields) {
    watch(
      () => values[field],
      () => {
        if (serverErrors.value.some((e) => e.field?.[1] === field)) serverErrors.value = serverErrors.value.filter((e) => e.field?.[1] !== field);
      },
    );
  }

  const checked = computed(() => toCompetenceInput(values));
  const grouped = computed(() => {
    const client = checked.value.problems.filter((p) => submitted.value || touched.has(p.field?.[1] as CompetenceField));
    const serverFields = new Set(serverErrors.value.map((e) => e.field?.[1]));
    return groupUserErrors([...serverErrors.value, ...client.filter((p) => !serverFields.has(p.field?.[1]))], competenceFields);
  });
  const message = (error: UserErrorLike) => userErrorMessage(error, { t, te }, ERROR_SCOPE);
  function errorsFor(field: CompetenceField): string[] {
    const first = grouped.value.byField[field]?.[0];
    return first ? [message(first)] : [];
  }
  const summary = computed(() =>
    submitted.value
      ? [
          ...grouped.value.general.map((e) => ({ field: undefined, text: message(e) })),
          ...competenceFields.flatMap((field) => errorsFor(field).map((text) => ({ field, text }))),
        ]
      : [],
  );

  async function submit(): Promise<CompetenceSubmitOutcome> {
    submitted.value = true;
    serverErrors.value = [];
    requestError.value = undefined;
    const { input, problems } = checked.value;
    if (problems.length) return { status: 'invalid' };
    const payload =
      mode === 'new'
        ? (await create.mutate({ companyId: localTo.value?.id ?? null, input }))?.competenceCreate
        : (await update.mutate({ id: target.competenceId ?? '', input }))?.competenceUpdate;
    if (!payload) {
      requestError.value = (mode === 'new' ? create : update).error.value;
      return { status: 'failed' };
    }
    if (payload.userErrors.length || !payload.competence) {
      serverErrors.value = payload.userErrors;
      return { status: 'invalid' };
    }
    initial.value = JSON.stringify(values);
    return { status: 'saved', name: payload.competence.nameSv };
  }

  return {
    mode,
    values,
    competence,
    localTo,
    areas: computed(() => areasQuery.data.value?.competenceAreas ?? []),
    canMaintain: computed(() =>
      mode === 'new'
        ? session.role === 'PROGRAMME_ADMIN' || (session.role === 'COMPANY_ADMIN' && !!localTo.value)
        : !!competence.value && canMaintain(session.role, session.companyId, competence.value),
    ),
    dirty: computed(() => JSON.stringify(values) !== initial.value),
    loading: computed(() => existing.loading.value || areasQuery.loading.value),
    loadError: computed(() => existing.error.value ?? areasQuery.error.value),
    retryLoad: () => Promise.all([mode === 'edit' ? existing.refetch() : Promise.resolve(), areasQuery.refetch()]),
    loaded: computed(() => areasQuery.data.value !== undefined && (mode === 'new' || existing.data.value !== undefined)),
    missing: computed(() => mode === 'edit' && existing.data.value !== undefined && !competence.value),
    saving: computed(() => create.loading.value || update.loading.value),
    requestError,
    summary,
    errorsFor,
    touch: (field: CompetenceField) => {
      touched.add(field);
      if (field === 'code') codeEdited.value = true;
    },
    editCode: () => {
      codeEdited.value = true;
    },
    submit,
  };
}
