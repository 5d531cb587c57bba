import { computed, reactive, ref, shallowRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ApiError } from '../../../api/api-error.ts';
import { userErrorMessage } from '../../../api/user-errors.ts';
import { useFormErrors } from '../../../composables/use-form-errors.ts';
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

  const checked = computed(() => toCompetenceInput(values));
  const errors = useFormErrors({
    fields: competenceFields,
    values,
    problems: () => checked.value.problems,
    message: (error) => userErrorMessage(error, { t, te }, ERROR_SCOPE),
  });
  const { submitted, serverErrors } = errors;

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
    summary: errors.summary,
    errorsFor: errors.errorsFor,
    touch: (field: CompetenceField) => {
      errors.touch(field);
      if (field === 'code') codeEdited.value = true;
    },
    editCode: () => {
      codeEdited.value = true;
    },
    submit,
  };
}
