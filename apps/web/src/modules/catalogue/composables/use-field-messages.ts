import { useI18n } from 'vue-i18n';
import { problemKey } from '../utils/form-problems.ts';

/**
 * Words for a field's problem: the form's own message for the field and code if it has one
 * (`catalogue.courseForm.errors.lengthHours.OUT_OF_RANGE`), else the generic one for the code,
 * else the server's message.
 */
export function useFieldMessages(scope: string) {
  const { t, te } = useI18n();
  return (field: string, code: string, serverMessage = '', params: Record<string, unknown> = {}): string => {
    const specific = problemKey(scope, field, code);
    if (te(specific)) return t(specific, params);
    if (te(`userErrors.${code}`)) return t(`userErrors.${code}`);
    return serverMessage || code;
  };
}
