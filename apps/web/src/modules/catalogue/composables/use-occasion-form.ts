import { computed, ref, watch, type Ref } from 'vue';
import { groupUserErrors } from '../../../api/user-errors.ts';
import { useApiErrorText } from '../../../composables/use-api-error-text.ts';
import { useMutation } from '../../../composables/use-mutation.ts';
import { graphql } from '../../../gql/index.ts';
import type { FieldProblems } from '../utils/form-problems.ts';
import { emptyOccasionDraft, occasionDraftFrom, occasionFormFields, validateOccasionDraft, type OccasionDraft, type OccasionLike } from '../utils/occasion-form.ts';
import { useFieldMessages } from './use-field-messages.ts';

const OccasionCreateDocument = graphql(`
  mutation OccasionCreate($courseId: ID!, $input: OccasionInput!) {
    occasionCreate(courseId: $courseId, input: $input) {
      occasion {
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

const OccasionUpdateDocument = graphql(`
  mutation OccasionUpdate($id: ID!, $input: OccasionInput!) {
    occasionUpdate(id: $id, input: $input) {
      occasion {
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

/** The occasion form: dates, place, seats and status, checked as the API checks them. */
export function useOccasionForm(existing: Ref<(OccasionLike & { id: string }) | null>, defaultRegion: Ref<string>) {
  const describe = useApiErrorText();
  const messageFor = useFieldMessages('catalogue.occasionForm.errors');
  const draft = ref<OccasionDraft>(emptyOccasionDraft(defaultRegion.value));
  const tried = ref(false);
  const serverProblems = ref<Record<string, { code: string; message: string }>>({});
  const general = ref<string[]>([]);
  const create = useMutation(OccasionCreateDocument);
  const update = useMutation(OccasionUpdateDocument);

  watch(
    existing,
    (occasion) => {
      if (occasion) draft.value = occasionDraftFrom(occasion);
    },
    { immediate: true },
  );
  watch(defaultRegion, (code) => {
    if (!existing.value && !draft.value.regionCode) draft.value.regionCode = code;
  });
  watch(
    draft,
    () => {
      serverProblems.value = {};
    },
    { deep: true },
  );

  const checked = computed(() => validateOccasionDraft(draft.value));
  const problems = computed<FieldProblems>(() => (tried.value ? checked.value.problems : {}));
  const errors = computed<Record<string, string[]>>(() => {
    const result: Record<string, string[]> = {};
    for (const [field, code] of Object.entries(problems.value)) result[field] = [messageFor(field, code)];
    for (const [field, problem] of Object.entries(serverProblems.value)) {
      if (!result[field]) result[field] = [messageFor(field, problem.code, problem.message)];
    }
    return result;
  });

  async function save(courseId: string | undefined): Promise<string | null> {
    tried.value = true;
    general.value = [];
    serverProblems.value = {};
    const { input } = checked.value;
    if (!input) return null;
    const occasion = existing.value;
    // The API does not expose an occasion's version, so edits cannot detect a concurrent change.
    const payload = occasion
      ? (await update.mutate({ id: occasion.id, input }))?.occasionUpdate
      : courseId
        ? (await create.mutate({ courseId, input }))?.occasionCreate
        : undefined;
    const failure = create.error.value ?? update.error.value;
    if (!payload) {
      if (failure) general.value = [describe.text(failure)];
      return null;
    }
    if (payload.userErrors.length) {
      const grouped = groupUserErrors(payload.userErrors, occasionFormFields);
      const placed: Record<string, { code: string; message: string }> = {};
      for (const [field, list] of Object.entries(grouped.byField)) placed[field] = { code: list[0]!.code, message: list[0]!.message };
      serverProblems.value = placed;
      general.value = grouped.general.map((e) => messageFor('general', e.code, e.message));
      return null;
    }
    return payload.occasion?.id ?? null;
  }

  return { draft, errors, general, saving: computed(() => create.loading.value || update.loading.value), save };
}
