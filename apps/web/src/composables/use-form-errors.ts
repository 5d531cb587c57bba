import { computed, reactive, ref, shallowRef, watch, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { groupUserErrors, type UserErrorLike } from '../api/user-errors.ts';

export interface FormErrorSummaryItem<F extends string> {
  /** The field to jump to; `undefined` for an error about the whole form. */
  field: F | undefined;
  text: string;
}

export interface FormErrorsOptions<F extends string, V extends object> {
  /** The form's fields, in the order the summary lists them. */
  fields: readonly F[];
  /** The form's values (reactive); a change to a field clears the server's errors about it. */
  values: V;
  /** The form's own check of the values, as userErrors with the server's paths (`["input", "email"]`). */
  problems: () => readonly UserErrorLike[];
  /** The text to show for one error. */
  message: (error: UserErrorLike) => string;
  /** Where a field's value lives, for a field kept outside `values`; defaults to `values[field]`. */
  fieldValue?: (field: F) => unknown;
}

export interface FormErrors<F extends string> {
  /** Set on submit: from then on every client problem shows, and the summary appears. */
  submitted: Ref<boolean>;
  /** The userErrors of the last mutation; set them after a refused save. */
  serverErrors: ShallowRef<UserErrorLike[]>;
  /** The person left this field: show its client problems from now on. */
  touch: (field: F) => void;
  /** The one message to show under a field (the server's if it has one, else ours), or none. */
  errorsFor: (field: F) => string[];
  /** Every visible problem, general ones first, then by field in form order; empty before submit. */
  summary: ComputedRef<FormErrorSummaryItem<F>[]>;
  /** Back to a fresh form: nothing touched, not submitted, no server errors. */
  reset: () => void;
}

/**
 * The error state a form shows: its own check of the values, revealed per field once the field
 * was left (or the form submitted), merged with the server's userErrors (the server wins per
 * field), grouped onto the fields with `groupUserErrors`.
 *
 * A server error stays next to its field only until the person changes that field: it was about
 * the old value, and keeping it would contradict what is now typed. The summary waits for a
 * submit: a summary growing while someone tabs through the form would push the fields they are
 * filling in down the page.
 */
export function useFormErrors<F extends string, V extends object>(options: FormErrorsOptions<F, V>): FormErrors<F> {
  const { fields, values, problems, message } = options;
  const fieldValue = options.fieldValue ?? ((field: F) => (values as Record<string, unknown>)[field]);

  const touched = reactive(new Set<F>()) as Set<F>;
  const submitted = ref(false);
  const serverErrors = shallowRef<UserErrorLike[]>([]);

  for (const field of fields) {
    watch(
      () => fieldValue(field),
      () => {
        if (serverErrors.value.some((e) => fieldOf(e) === field)) {
          serverErrors.value = serverErrors.value.filter((e) => fieldOf(e) !== field);
        }
      },
    );
  }

  const grouped = computed(() => {
    const client = problems().filter((p) => submitted.value || isTouched(touched, fieldOf(p)));
    const serverFields = new Set(serverErrors.value.map(fieldOf));
    const merged = [...serverErrors.value, ...client.filter((p) => !serverFields.has(fieldOf(p)))];
    return groupUserErrors(merged, fields);
  });

  function errorsFor(field: F): string[] {
    const first = grouped.value.byField[field]?.[0];
    return first ? [message(first)] : [];
  }

  const summary = computed<FormErrorSummaryItem<F>[]>(() =>
    submitted.value
      ? [
          ...grouped.value.general.map((e) => ({ field: undefined, text: message(e) })),
          ...fields.flatMap((field) => errorsFor(field).map((text) => ({ field, text }))),
        ]
      : [],
  );

  return {
    submitted,
    serverErrors,
    touch: (field) => {
      touched.add(field);
    },
    errorsFor,
    summary,
    reset: () => {
      touched.clear();
      submitted.value = false;
      serverErrors.value = [];
    },
  };
}

/** The form field an error is about: the path segment below the input argument. */
function fieldOf(error: UserErrorLike): string | undefined {
  return error.field?.[1];
}

function isTouched<F extends string>(touched: Set<F>, field: string | undefined): boolean {
  return field !== undefined && touched.has(field as F);
}
