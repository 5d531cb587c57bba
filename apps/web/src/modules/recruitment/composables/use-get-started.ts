import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation } from '../../../composables/use-mutation.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';

const GetStartedDocument = graphql(`
  query GetStarted($id: ID!) {
    company(id: $id) {
      id
      name
      sniCode
      industry
      onboarding {
        roles
        employees
        employeesWithRole
        invited
        assessedEmployees
      }
      jobRoles {
        id
        nameSv
      }
      employees(first: 50) {
        nodes {
          id
          firstName
          lastName
          email
          jobTitle
          roles {
            id
          }
        }
      }
    }
  }
`);

const TemplatesDocument = graphql(`
  query RoleTemplatesForIndustry($sniCode: String) {
    roleTemplates(sniCode: $sniCode) {
      id
      nameSv
      nameEn
      descriptionSv
      requirements {
        requiredLevel
        importance
        competence {
          id
          nameSv
          nameEn
        }
      }
    }
  }
`);

const CopyTemplateDocument = graphql(`
  mutation JobRoleCreateFromTemplate($companyId: ID!, $templateId: ID!) {
    jobRoleCreateFromTemplate(companyId: $companyId, templateId: $templateId) {
      jobRole {
        id
        nameSv
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const EmployeeRoleDocument = graphql(`
  mutation GetStartedEmployeeRoles($employeeId: ID!, $roleIds: [ID!]!) {
    employeeRolesSet(employeeId: $employeeId, roleIds: $roleIds) {
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const InviteDocument = graphql(`
  mutation EmployeeInvite($id: ID!) {
    employeeInvite(id: $id) {
      invitationPath
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/**
 * A new firm's guided start: pick role templates for its industry, add people, give them a
 * sign-in so they assess themselves. Progress comes from the API (`Company.onboarding`).
 */
export function useGetStarted(companyId: MaybeRefOrGetter<string>) {
  const company = useQuery(GetStartedDocument, () => ({ id: toValue(companyId) }));
  const sniCode = computed(() => company.data.value?.company?.sniCode ?? null);
  const templates = useQuery(TemplatesDocument, () => ({ sniCode: sniCode.value }), { enabled: () => sniCode.value !== null });
  const copy = useMutation(CopyTemplateDocument);
  const invite = useMutation(InviteDocument);
  const setRoles = useMutation(EmployeeRoleDocument);
  const links = ref<Record<string, string>>({});
  const problems = ref<string[]>([]);

  const existingRoles = computed(() => new Set((company.data.value?.company?.jobRoles ?? []).map((r) => r.nameSv.toLowerCase())));

  /** Copies the chosen templates one after the other; a duplicate name is reported, not fatal. */
  async function addTemplates(ids: readonly string[]): Promise<number> {
    problems.value = [];
    let added = 0;
    for (const templateId of ids) {
      const result = await copy.mutate({ companyId: toValue(companyId), templateId });
      const payload = result?.jobRoleCreateFromTemplate;
      if (payload?.jobRole) added++;
      else problems.value.push(payload?.userErrors[0]?.code ?? 'NETWORK');
    }
    await company.refetch();
    return added;
  }

  async function inviteEmployee(employeeId: string): Promise<void> {
    const result = await invite.mutate({ id: employeeId });
    const payload = result?.employeeInvite;
    if (payload?.invitationPath) links.value = { ...links.value, [employeeId]: `${window.location.origin}${payload.invitationPath}` };
    else if (payload?.userErrors.length) problems.value = [payload.userErrors[0]!.code];
    else if (payload) links.value = { ...links.value, [employeeId]: '' };
    await company.refetch();
  }

  /** Gives a person the one role chosen in the guided start (more roles are set on their profile). */
  async function setRole(employeeId: string, roleId: string): Promise<void> {
    const result = await setRoles.mutate({ employeeId, roleIds: roleId ? [roleId] : [] });
    if (result?.employeeRolesSet.userErrors.length) problems.value = [result.employeeRolesSet.userErrors[0]!.code];
    await company.refetch();
  }

  return { setRole, settingRole: setRoles.loading, company, templates, existingRoles, addTemplates, adding: copy.loading, inviteEmployee, inviting: invite.loading, links, problems };
}
