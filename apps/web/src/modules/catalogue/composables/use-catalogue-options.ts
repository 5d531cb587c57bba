import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import { localizedText } from '../utils/localized.ts';

const CatalogueOptionsDocument = graphql(`
  query CatalogueOptions {
    regions {
      code
      name
    }
    competenceAreas {
      id
      nameSv
      nameEn
      competences {
        id
        nameSv
        nameEn
        company {
          id
        }
      }
    }
  }
`);

export interface CompetenceOption {
  id: string;
  label: string;
}

export interface CompetenceGroup {
  id: string;
  label: string;
  competences: CompetenceOption[];
}

/**
 * Counties and the competence framework, for filters and forms. Courses develop programme-wide
 * competences only, so a firm's local ones are left out.
 */
export function useCatalogueOptions() {
  const { locale } = useI18n();
  const query = useQuery(CatalogueOptionsDocument, {});
  const competenceGroups = computed<CompetenceGroup[]>(() =>
    (query.data.value?.competenceAreas ?? [])
      .map((area) => ({
        id: area.id,
        label: localizedText(locale.value, area.nameSv, area.nameEn),
        competences: area.competences
          .filter((c) => !c.company)
          .map((c) => ({ id: c.id, label: localizedText(locale.value, c.nameSv, c.nameEn) }))
          .sort((a, b) => a.label.localeCompare(b.label, locale.value)),
      }))
      .filter((area) => area.competences.length > 0),
  );
  return {
    regions: computed(() => query.data.value?.regions ?? []),
    competenceGroups,
    competenceName: (id: string) => competenceGroups.value.flatMap((g) => g.competences).find((c) => c.id === id)?.label,
    loading: query.loading,
    error: query.error,
  };
}
