import { isEmail } from '@smartkompetens/domain';
import { computed, reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useSessionStore } from '../../../stores/session.ts';

type Field = 'email' | 'password';

/**
 * The sign-in form: what was typed, which fields are wrong (shown once a field was left or the
 * form submitted), and the server's answer as a sentence for the live region.
 */
export function useSignInForm() {
  const session = useSessionStore();
  const { t } = useI18n();

  const values = reactive({ email: '', password: '' });
  const touched = reactive({ email: false, password: false });
  const busy = ref(false);
  const serverError = ref('');

  const problems = computed<Record<Field, string | undefined>>(() => ({
    email: !values.email.trim()
      ? t('auth.signIn.errors.emailRequired')
      : isEmail(values.email.trim())
        ? undefined
        : t('auth.signIn.errors.emailInvalid'),
    password: values.password ? undefined : t('auth.signIn.errors.passwordRequired'),
  }));

  function waitMessage(minutes: number): string {
    return t('auth.signIn.errors.RATE_LIMITED_WAIT', { minutes }, minutes);
  }

  function errorFor(field: Field): string[] {
    const problem = touched[field] ? problems.value[field] : undefined;
    return problem ? [problem] : [];
  }

  /** Resolves true when signed in; otherwise the reasons are in `errorFor` / `serverError`. */
  async function submit(): Promise<boolean> {
    touched.email = true;
    touched.password = true;
    serverError.value = '';
    if (problems.value.email || problems.value.password) return false;

    busy.value = true;
    try {
      const result = await session.signIn(values.email.trim(), values.password);
      if (result.ok) return true;
      serverError.value =
        result.code === 'RATE_LIMITED' && result.retryAfterSeconds
          ? waitMessage(Math.max(1, Math.ceil(result.retryAfterSeconds / 60)))
          : t(`auth.signIn.errors.${result.code}`);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return {
    values,
    busy,
    serverError,
    errorFor,
    submit,
    touch: (field: Field) => {
      touched[field] = true;
    },
  };
}
