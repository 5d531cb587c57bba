import { reactive, ref } from 'vue';
import { useMutation } from '../../../composables/use-mutation.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { Importance } from '../../../gql/graphql.ts';
import type { UserErrorLike } from './user-error-fields.ts';

const RoleTemplatesAdminDocument = graphql(`
  query RoleTemplatesAdmin {
    roleTemplates {
      id
      sniPrefix
      nameSv
      nameEn
      requirements {
        requiredLevel
        importance
        competence {
          id
          nameSv
          nameEn
        }
      }
      usage {
        firms
        competences {
          firms
          medianLevel
          competence {
            id
            nameSv
            nameEn
          }
        }
      }
    }
  }
`);

const RoleTemplateCreateDocument = graphql(`
  mutation RoleTemplateCreate($input: RoleTemplateInput!) {
    roleTemplateCreate(input: $input) {
      roleTemplate {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export interface RequirementDraft {
  competenceId: string;
  requiredLevel: number;
  importance: Importance;
}

/** Industry role templates with how firms adapted their copies, and a form for a new template. */
export function useRoleTemplates() {
  const list = useQuery(RoleTemplatesAdminDocument, {});
  const create = useMutation(RoleTemplateCreateDocument);
  const draft = reactive({ sniPrefix: '', nameSv: '', nameEn: '', requirements: [{ competenceId: '', requiredLevel: 3, importance: 'CRITICAL' }] as RequirementDraft[] });
  const errors = ref<UserErrorLike[]>([]);
  const saved = ref(false);

  async function save(): Promise<boolean> {
    saved.value = false;
    const result = await create.mutate({
      input: {
        sniPrefix: draft.sniPrefix.trim(),
        nameSv: draft.nameSv.trim(),
        nameEn: draft.nameEn.trim() || null,
        requirements: draft.requirements.filter((r) => r.competenceId).map((r) => ({ ...r, requiredLevel: Number(r.requiredLevel) })),
      },
    });
    const payload = result?.roleTemplateCreate;
    errors.value = payload?.userErrors ?? [];
    if (!payload?.roleTemplate) return false;
    Object.assign(draft, { sniPrefix: '', nameSv: '', nameEn: '', requirements: [{ competenceId: '', requiredLevel: 3, importance: 'CRITICAL' }] });
    saved.value = true;
    await list.refetch();
    return true;
  }

  return { list, draft, save, errors, saved, busy: create.loading, error: create.error };
}
