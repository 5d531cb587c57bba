import type { EnrolmentStatus } from '@smartkompetens/domain';
import { ref } from 'vue';
import { ApiError, request } from '../../../api/graphql.ts';
import type { UserErrorLike } from '../../../api/user-errors.ts';
import { useApiErrorText } from '../../../composables/use-api-error-text.ts';
import { graphql } from '../../../gql/index.ts';
import type { EnrolmentOutcome } from '../../../gql/graphql.ts';
import { useFieldMessages } from './use-field-messages.ts';

const EnrolmentCreateDocument = graphql(`
  mutation EnrolmentCreate($occasionId: ID!, $employeeId: ID!) {
    enrolmentCreate(occasionId: $occasionId, employeeId: $employeeId) {
      enrolment {
        id
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const EnrolmentApproveDocument = graphql(`
  mutation EnrolmentApprove($id: ID!) {
    enrolmentApprove(id: $id) {
      enrolment {
        id
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const EnrolmentCancelDocument = graphql(`
  mutation EnrolmentCancel($id: ID!) {
    enrolmentCancel(id: $id) {
      enrolment {
        id
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const EnrolmentAcceptOfferDocument = graphql(`
  mutation EnrolmentAcceptOffer($id: ID!) {
    enrolmentAcceptOffer(id: $id) {
      enrolment {
        id
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const EnrolmentRecordOutcomeDocument = graphql(`
  mutation EnrolmentRecordOutcome($id: ID!, $outcome: EnrolmentOutcome!) {
    enrolmentRecordOutcome(id: $id, outcome: $outcome) {
      enrolment {
        id
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export type EnrolmentResult = { ok: true; id: string; status: EnrolmentStatus } | { ok: false; message: string; code: string };

interface Payload {
  enrolment?: { id: string; status: EnrolmentStatus } | null;
  userErrors: readonly UserErrorLike[];
}

/**
 * Every change to an enrolment, as values: a new status, or a message to show. The API's
 * userErrors (full occasion, deadline passed, already enrolled) are translated by code.
 */
export function useEnrolmentActions() {
  // These mutations name their arguments (`occasionId`, `employeeId`, `id`), not an input object.
  const messageFor = useFieldMessages('catalogue.enrolmentErrors');
  const describe = useApiErrorText();
  const busy = ref<string | null>(null);

  function toResult(payload: Payload | undefined): EnrolmentResult {
    const error = payload?.userErrors[0];
    if (error || !payload?.enrolment) {
      const fallback: UserErrorLike = error ?? { message: '', code: 'INVALID' };
      return { ok: false, code: fallback.code, message: messageFor(fallback.field?.join('.') ?? 'general', fallback.code, fallback.message) };
    }
    return { ok: true, id: payload.enrolment.id, status: payload.enrolment.status };
  }

  async function run(key: string, send: () => Promise<Payload | undefined>): Promise<EnrolmentResult> {
    busy.value = key;
    try {
      return toResult(await send());
    } catch (caught) {
      const error = ApiError.from(caught);
      return { ok: false, code: error.code, message: describe.text(error) };
    } finally {
      busy.value = null;
    }
  }

  return {
    /** The key (enrolment or person id) of the action in flight, for spinners. */
    busy,
    create: (occasionId: string, employeeId: string) =>
      run(employeeId, async () => (await request(EnrolmentCreateDocument, { occasionId, employeeId })).enrolmentCreate),
    approve: (id: string) => run(id, async () => (await request(EnrolmentApproveDocument, { id })).enrolmentApprove),
    cancel: (id: string) => run(id, async () => (await request(EnrolmentCancelDocument, { id })).enrolmentCancel),
    acceptOffer: (id: string) => run(id, async () => (await request(EnrolmentAcceptOfferDocument, { id })).enrolmentAcceptOffer),
    recordOutcome: (id: string, outcome: EnrolmentOutcome) =>
      run(id, async () => (await request(EnrolmentRecordOutcomeDocument, { id, outcome })).enrolmentRecordOutcome),
  };
}
