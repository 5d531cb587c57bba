import { computed, ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { groupUserErrors } from '../../../api/user-errors.ts';
import { useApiErrorText } from '../../../composables/use-api-error-text.ts';
import { useMutation } from '../../../composables/use-mutation.ts';
import { graphql } from '../../../gql/index.ts';
import { courseDraftFrom, courseFormFields, emptyCourseDraft, validateCourseDraft, type CourseDraft, type CourseLike } from '../utils/course-form.ts';
import type { FieldProblems, ProblemCode } from '../utils/form-problems.ts';
import { useFieldMessages } from './use-field-messages.ts';

const CourseCreateDocument = graphql(`
  mutation CourseCreate($input: CourseInput!) {
    courseCreate(input: $input) {
      course {
        id
        titleSv
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const CourseUpdateDocument = graphql(`
  mutation CourseUpdate($id: ID!, $input: CourseInput!, $expectedVersion: Int) {
    courseUpdate(id: $id, input: $input, expectedVersion: $expectedVersion) {
      course {
        id
        titleSv
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

/**
 * The course form: a draft as typed, checked as the API checks it once the person has tried to
 * save, then the API's own answer placed on the fields. Editing sends the version read, so a
 * change made meanwhile by a colleague is refused (STALE) rather than overwritten.
 */
export function useCourseForm(existing: Ref<(CourseLike & { id: string; version: number }) | null>) {
  const { locale } = useI18n();
  const describe = useApiErrorText();
  const messageFor = useFieldMessages('catalogue.courseForm.errors');
  const draft = ref<CourseDraft>(emptyCourseDraft());
  const tried = ref(false);
  const serverProblems = ref<Record<string, { code: string; message: string }>>({});
  const general = ref<string[]>([]);
  const create = useMutation(CourseCreateDocument);
  const update = useMutation(CourseUpdateDocument);

  watch(
    existing,
    (course) => {
      if (course) draft.value = courseDraftFrom(course, locale.value);
    },
    { immediate: true },
  );

  const checked = computed(() => validateCourseDraft(draft.value));
  const problems = computed<FieldProblems>(() => (tried.value ? checked.value.problems : {}));

  /** Messages per field: the form's own check first, then what the API said. */
  const errors = computed<Record<string, string[]>>(() => {
    const result: Record<string, string[]> = {};
    for (const [field, code] of Object.entries(problems.value)) result[field] = [messageFor(field, code)];
    for (const [field, problem] of Object.entries(serverProblems.value)) {
      if (!result[field]) result[field] = [messageFor(field, problem.code, problem.message)];
    }
    return result;
  });

  // A field the person edits again loses the API's complaint about its old value.
  watch(
    draft,
    () => {
      serverProblems.value = {};
    },
    { deep: true },
  );

  async function save(): Promise<{ id: string; title: string } | null> {
    tried.value = true;
    general.value = [];
    serverProblems.value = {};
    const { input } = checked.value;
    if (!input) return null;
    const course = existing.value;
    const payload = course
      ? (await update.mutate({ id: course.id, input, expectedVersion: course.version }))?.courseUpdate
      : (await create.mutate({ input }))?.courseCreate;
    const failure = create.error.value ?? update.error.value;
    if (!payload) {
      if (failure) general.value = [describe.text(failure)];
      return null;
    }
    if (payload.userErrors.length) {
      const grouped = groupUserErrors(payload.userErrors, courseFormFields(draft.value));
      const placed: Record<string, { code: string; message: string }> = {};
      for (const [field, list] of Object.entries(grouped.byField)) placed[field] = { code: list[0]!.code, message: list[0]!.message };
      serverProblems.value = placed;
      general.value = grouped.general.map((e) => messageFor(e.field && e.field.length > 1 ? e.field.slice(1).join('.') : 'general', e.code as ProblemCode, e.message));
      return null;
    }
    return payload.course ? { id: payload.course.id, title: payload.course.titleSv } : null;
  }

  return {
    draft,
    errors,
    general,
    tried,
    saving: computed(() => create.loading.value || update.loading.value),
    save,
  };
}
