import { useI18n } from 'vue-i18n';
import type { ApiError } from '../api/api-error.ts';

/** Turns an ApiError into a title and an explanation a person can act on. */
export function useApiErrorText() {
  const { t } = useI18n();
  return {
    title: (error: ApiError) => t(`errors.api.${error.code}.title`),
    text: (error: ApiError) => t(`errors.api.${error.code}.text`),
  };
}
