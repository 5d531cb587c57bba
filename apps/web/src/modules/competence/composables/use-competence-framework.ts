import { computed, ref } from 'vue';
import { useMutation } from '../../../composables/use-mutation.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { CompetenceFrameworkQuery } from '../../../gql/graphql.ts';
import { useSessionStore } from '../../../stores/session.ts';
import { useLocalized } from './use-localized.ts';

const CompetenceFrameworkDocument = graphql(`
  query CompetenceFramework {
    competenceAreas {
      id
      code
      nameSv
      nameEn
      competences(includeRetired: true) {
        id
        code
        nameSv
        nameEn
        descriptionSv
        descriptionEn
        jobtechConceptId
        escoUri
        retired
        company {
          id
          name
        }
      }
    }
  }
`);

const CompetenceRetireDocument = graphql(`
  mutation CompetenceRetire($id: ID!) {
    competenceRetire(id: $id) {
      competence {
        id
        retired
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export type FrameworkArea = CompetenceFrameworkQuery['competenceAreas'][number];
export type FrameworkCompetence = FrameworkArea['competences'][number];

/**
 * Who may change a competence, as the API decides it: programme admins keep the
 * programme-wide framework, a firm's admins its local competences.
 */
export function canMaintain(role: string | null, companyId: string | null, competence: { company?: { id: string } | null }): boolean {
  if (competence.company) return role === 'COMPANY_ADMIN' && competence.company.id === companyId;
  return role === 'PROGRAMME_ADMIN';
}

/** The competence framework by area, searchable, with retired competences on request. */
export function useCompetenceFramework() {
  const session = useSessionStore();
  const { name, compare } = useLocalized();
  const query = useQuery(CompetenceFrameworkDocument, {}, { keepPrevious: true });
  const retirement = useMutation(CompetenceRetireDocument);
  const search = ref('');
  const showRetired = ref(false);

  const areas = computed(() => {
    const needle = search.value.trim().toLowerCase();
    return (query.data.value?.competenceAreas ?? [])
      .map((area) => ({
        area,
        competences: area.competences
          .filter((c) => showRetired.value || !c.retired)
          .filter(
            (c) =>
              !needle ||
              [c.code, c.nameSv, c.nameEn ?? '', c.company?.name ?? ''].some((text) => text.toLowerCase().includes(needle)),
          )
          .sort((a, b) => compare(name(a), name(b))),
      }))
      .filter((entry) => entry.competences.length > 0 || (!needle && !showRetired.value && entry.area.competences.length === 0));
  });

  async function retire(competence: FrameworkCompetence): Promise<{ ok: true } | { ok: false; message: string; code: string }> {
    const payload = (await retirement.mutate({ id: competence.id }))?.competenceRetire;
    if (!payload) return { ok: false, code: retirement.error.value?.code ?? 'NETWORK', message: retirement.error.value?.message ?? '' };
    const first = payload.userErrors[0];
    if (first) return { ok: false, code: first.code, message: first.message };
    await query.refetch();
    return { ok: true };
  }

  const role = computed(() => session.role);
  return {
    areas,
    allAreas: computed(() => query.data.value?.competenceAreas ?? []),
    total: computed(() => areas.value.reduce((sum, a) => sum + a.competences.length, 0)),
    search,
    showRetired,
    canCreate: computed(() => role.value === 'PROGRAMME_ADMIN' || (role.value === 'COMPANY_ADMIN' && !!session.companyId)),
    canMaintain: (competence: FrameworkCompetence) => canMaintain(role.value, session.companyId, competence),
    loading: query.loading,
    error: query.error,
    loaded: computed(() => query.data.value !== undefined),
    refetch: query.refetch,
    retiring: retirement.loading,
    retire,
  };
}
