import { ref } from 'vue';
import { useMutation } from '../../../composables/use-mutation.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { JoinApplicationsQuery } from '../../../gql/graphql.ts';

const JoinApplicationsDocument = graphql(`
  query JoinApplications {
    joinApplications {
      id
      companyName
      orgNumber
      sniCode
      industry
      municipality
      employeeCount
      contactName
      contactEmail
      contactPhone
      motivation
      status
      decisionNote
      createdAt
      region {
        code
        name
      }
      company {
        id
        name
      }
    }
  }
`);

const ApproveDocument = graphql(`
  mutation JoinApplicationApprove($id: ID!, $note: String) {
    joinApplicationApprove(id: $id, note: $note) {
      application {
        id
        status
      }
      invitationPath
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const RejectDocument = graphql(`
  mutation JoinApplicationReject($id: ID!, $note: String) {
    joinApplicationReject(id: $id, note: $note) {
      application {
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

export type JoinApplication = JoinApplicationsQuery['joinApplications'][number];

/** Applications for the viewer's county (all for programme admins), and deciding them. */
export function useApplications() {
  const list = useQuery(JoinApplicationsDocument, {});
  const approve = useMutation(ApproveDocument);
  const reject = useMutation(RejectDocument);
  /** The one-time link of the last approval, shown once: the platform sends no email yet. */
  const invitation = ref<{ companyName: string; url: string } | null>(null);
  const refusal = ref('');

  async function decide(application: JoinApplication, decision: 'approve' | 'reject', note: string | null) {
    refusal.value = '';
    if (decision === 'approve') {
      const result = await approve.mutate({ id: application.id, note });
      const payload = result?.joinApplicationApprove;
      if (payload?.userErrors.length) refusal.value = payload.userErrors[0]!.code;
      if (payload?.invitationPath) invitation.value = { companyName: application.companyName, url: `${window.location.origin}${payload.invitationPath}` };
    } else {
      const result = await reject.mutate({ id: application.id, note });
      if (result?.joinApplicationReject.userErrors.length) refusal.value = result.joinApplicationReject.userErrors[0]!.code;
    }
    await list.refetch();
  }

  return { list, decide, invitation, refusal, busy: approve.loading, rejecting: reject.loading, error: approve.error };
}
