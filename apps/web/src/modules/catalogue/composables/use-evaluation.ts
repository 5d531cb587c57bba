import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useApiErrorText } from '../../../composables/use-api-error-text.ts';
import { useMutation } from '../../../composables/use-mutation.ts';
import { graphql } from '../../../gql/index.ts';
import { useFieldMessages } from './use-field-messages.ts';

const EvaluationSubmitDocument = graphql(`
  mutation EvaluationSubmit($enrolmentId: ID!, $rating: Int!, $comment: String) {
    evaluationSubmit(enrolmentId: $enrolmentId, rating: $rating, comment: $comment) {
      evaluation {
        rating
        comment
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const RATED_KEY = 'smartkompetens.ratedEnrolments';

/**
 * The enrolments rated on this device. The API does not say whether a person has rated a
 * course (it refuses a second rating with DUPLICATE), so this only spares them the form.
 */
function readRated(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(RATED_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function storeRated(ids: readonly string[]): void {
  try {
    localStorage.setItem(RATED_KEY, JSON.stringify(ids.slice(-200)));
  } catch {
    // Storage unavailable: the form shows again next time and the API refuses a second rating.
  }
}

export const MAX_COMMENT_LENGTH = 2000;

/** A participant rates a course they took part in, once: 1–5 and an optional comment. */
export function useEvaluation() {
  const i18n = useI18n();
  const describe = useApiErrorText();
  // The mutation names its arguments (`enrolmentId`, `rating`, `comment`), not an input object.
  const messageFor = useFieldMessages('catalogue.rating.errors');
  const mutation = useMutation(EvaluationSubmitDocument);
  const rated = ref<string[]>(readRated());

  async function submit(enrolmentId: string, rating: number, comment: string): Promise<{ ok: true } | { ok: false; message: string; field?: string }> {
    const text = comment.trim();
    if (text.length > MAX_COMMENT_LENGTH) return { ok: false, field: 'comment', message: i18n.t('catalogue.rating.commentTooLong', { max: MAX_COMMENT_LENGTH }) };
    const data = await mutation.mutate({ enrolmentId, rating, comment: text || null });
    if (!data) return { ok: false, message: mutation.error.value ? describe.text(mutation.error.value) : '' };
    const error = data.evaluationSubmit.userErrors[0];
    if (error) {
      // Rated before (on another device): the form goes away all the same.
      if (error.code === 'DUPLICATE') remember(enrolmentId);
      return { ok: false, field: error.field?.at(-1) ?? undefined, message: messageFor(error.field?.join('.') ?? 'general', error.code, error.message) };
    }
    remember(enrolmentId);
    return { ok: true };
  }

  function remember(id: string) {
    if (!rated.value.includes(id)) rated.value = [...rated.value, id];
    storeRated(rated.value);
  }

  return { submit, busy: mutation.loading, isRated: (id: string) => rated.value.includes(id) };
}
