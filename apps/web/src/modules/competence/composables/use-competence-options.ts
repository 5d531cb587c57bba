import { computed } from 'vue';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import { useLocalized } from './use-localized.ts';

const CompetenceOptionsDocument = graphql(`
  query CompetenceOptions {
    competenceAreas {
      id
      nameSv
      nameEn
      competences {
        id
        code
        nameSv
        nameEn
      }
    }
  }
`);

export interface CompetenceOption {
  id: string;
  label: string;
  /** For `lang` on options shown in Swedish inside the English UI. */
  lang?: 'sv';
}

export interface CompetenceOptionGroup {
  id: string;
  label: string;
  options: CompetenceOption[];
}

/** The competences the viewer may choose (not retired), grouped by area for `<optgroup>`s. */
export function useCompetenceOptions(enabled: () => boolean = () => true) {
  const query = useQuery(CompetenceOptionsDocument, {}, { enabled });
  const { name, fallbackLang } = useLocalized();
  const groups = computed<CompetenceOptionGroup[]>(() =>
    (query.data.value?.competenceAreas ?? [])
      .filter((area) => area.competences.length > 0)
      .map((area) => ({
        id: area.id,
        label: name(area),
        options: area.competences.map((c) => ({ id: c.id, label: name(c), lang: fallbackLang(c) })),
      })),
  );
  const byId = computed(() => new Map(groups.value.flatMap((g) => g.options.map((o) => [o.id, o] as const))));
  return {
    groups,
    label: (id: string) => byId.value.get(id)?.label ?? '',
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
  };
}
