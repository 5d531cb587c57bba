import { computed, reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { userErrorMessage, type UserErrorLike } from '../../../api/user-errors.ts';
import { useApiErrorText } from '../../../composables/use-api-error-text.ts';
import { useFormErrors } from '../../../composables/use-form-errors.ts';
import { useMutation } from '../../../composables/use-mutation.ts';
import { graphql } from '../../../gql/index.ts';

const BudgetOverrideRequestCreateDocument = graphql(`
  mutation BudgetOverrideRequestCreate($input: BudgetOverrideRequestInput!) {
    budgetOverrideRequestCreate(input: $input) {
      request {
        id
        status
        amount
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** Long enough for a real reason, short enough to read in a list. */
export const REASON_MAX = 1000;

const fields = ['reason'] as const;
type Field = (typeof fields)[number];

/**
 * "Ask for an override": after the API refused an enrolment as OVER_BUDGET, a company admin
 * explains why the person should go anyway; a programme or region admin decides.
 */
export function useOverrideRequestForm(target: () => { occasionId: string; employeeId: string }) {
  const { t, te } = useI18n();
  const describe = useApiErrorText();
  const values = reactive({ reason: '' });
  const sent = ref(false);
  const failure = ref<string | null>(null);
  const mutation = useMutation(BudgetOverrideRequestCreateDocument);

  const errors = useFormErrors<Field, typeof values>({
    fields,
    values,
    problems: () => {
      const reason = values.reason.trim();
      if (!reason) return [{ field: ['input', 'reason'], code: 'REQUIRED', message: '' }];
      if (reason.length > REASON_MAX) return [{ field: ['input', 'reason'], code: 'TOO_LONG', message: '' }];
      return [];
    },
    message: (error: UserErrorLike) => userErrorMessage(error, { t, te }, 'budget.overrideForm.errors', { max: REASON_MAX }),
  });

  async function submit(): Promise<boolean> {
    errors.submitted.value = true;
    failure.value = null;
    if (errors.summary.value.length) return false;
    const result = await mutation.mutate({ input: { ...target(), reason: values.reason.trim() } });
    if (!result) {
      failure.value = mutation.error.value ? describe.text(mutation.error.value) : t('budget.failed');
      return false;
    }
    const payload = result.budgetOverrideRequestCreate;
    if (payload.userErrors.length) {
      errors.serverErrors.value = payload.userErrors;
      return false;
    }
    sent.value = true;
    return true;
  }

  return {
    values,
    errors,
    sent,
    failure,
    busy: mutation.loading,
    submit,
    canSubmit: computed(() => !mutation.loading.value && !sent.value),
  };
}
