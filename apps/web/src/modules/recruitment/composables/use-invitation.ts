import { MIN_PASSWORD_LENGTH } from '@smartkompetens/domain';
import { computed, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { postJson } from '../../../api/rest.ts';
import { useSessionStore } from '../../../stores/session.ts';

/**
 * Accepting a one-time invitation: the token comes from the URL fragment (never sent to the
 * server by the browser), the person chooses a password, and is signed in.
 */
export function useInvitation(token: () => string) {
  const { t } = useI18n();
  const session = useSessionStore();
  const password = ref('');
  const repeat = ref('');
  const submitted = ref(false);
  const busy = ref(false);
  const serverError = ref('');

  const problems = computed(() => ({
    password: password.value.length < MIN_PASSWORD_LENGTH ? t('recruitment.invitation.errors.short', { min: MIN_PASSWORD_LENGTH }) : undefined,
    repeat: repeat.value !== password.value ? t('recruitment.invitation.errors.mismatch') : undefined,
  }));
  const errorsFor = (field: 'password' | 'repeat') => (submitted.value && problems.value[field] ? [problems.value[field]!] : []);

  async function submit(): Promise<boolean> {
    submitted.value = true;
    serverError.value = '';
    if (problems.value.password || problems.value.repeat) return false;
    if (!token()) {
      serverError.value = t('recruitment.invitation.errors.noToken');
      return false;
    }
    busy.value = true;
    try {
      const response = await postJson<{ message?: string }>('/api/v1/auth/invitations/accept', { token: token(), password: password.value });
      if (response.status === 200) {
        await session.refresh();
        return true;
      }
      serverError.value = response.status === 429 ? t('recruitment.invitation.errors.rateLimited') : t('recruitment.invitation.errors.invalid');
      return false;
    } catch {
      serverError.value = t('recruitment.invitation.errors.network');
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { password, repeat, errorsFor, submit, busy, serverError };
}
