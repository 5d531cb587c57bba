import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useRoute, useRouter, type LocationQueryRaw } from 'vue-router';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { EmployeeGroup, SkillsMatrixQuery } from '../../../gql/graphql.ts';
import { nextSort, parseSort, rowTotals, sortQuery, sortRows, type MatrixSort, type SortKey } from '../utils/heatmap.ts';
import { useLocalized } from './use-localized.ts';

const SkillsMatrixDocument = graphql(`
  query SkillsMatrix($id: ID!, $roleId: ID, $group: EmployeeGroup) {
    company(id: $id) {
      id
      name
      viewerCanManage
      jobRoles {
        id
        nameSv
        nameEn
        group
      }
      skillsMatrix(roleId: $roleId, group: $group) {
        competences {
          id
          code
          nameSv
          nameEn
          area {
            id
            nameSv
            nameEn
          }
        }
        rows {
          employee {
            id
            firstName
            lastName
            jobTitle
          }
          roles {
            id
            nameSv
            nameEn
          }
          standings {
            competence {
              id
            }
            requiredLevel
            importance
            currentLevel
            currentSource
            assessedOn
            gap
            weightedGap
            futureLevel
          }
        }
      }
    }
  }
`);

type Company = NonNullable<SkillsMatrixQuery['company']>;
export type MatrixCompetence = Company['skillsMatrix']['competences'][number];
export type MatrixRow = Company['skillsMatrix']['rows'][number];
export type MatrixStanding = MatrixRow['standings'][number];
export type MatrixRole = Company['jobRoles'][number];

const groups: readonly EmployeeGroup[] = ['STAFF', 'MANAGEMENT'];

export interface MatrixFilters {
  roleId: string;
  group: EmployeeGroup | '';
}

/**
 * A firm's people × competences, shared by the heatmap and the rating grid. Role and group
 * filters go to the API (`skillsMatrix(roleId, group)`); sorting happens here, over the rows
 * already loaded. Both live in the URL, so reload, back and shared links keep them.
 */
export function useSkillsMatrix(companyId: MaybeRefOrGetter<string>, routeName: string) {
  const route = useRoute();
  const router = useRouter();
  const { name, compare } = useLocalized();
  const here = computed(() => route.name === routeName);

  const one = (value: unknown) => (typeof value === 'string' ? value : '');
  const filters = computed<MatrixFilters>(() => {
    const group = one(route.query.group);
    return { roleId: one(route.query.role), group: (groups as readonly string[]).includes(group) ? (group as EmployeeGroup) : '' };
  });
  const sort = computed<MatrixSort>(() => parseSort(route.query.sort, route.query.dir));

  const query = useQuery(
    SkillsMatrixDocument,
    () => ({ id: toValue(companyId), roleId: filters.value.roleId || null, group: filters.value.group || null }),
    { enabled: here, keepPrevious: true },
  );

  const company = computed(() => query.data.value?.company ?? null);
  const competences = computed(() => company.value?.skillsMatrix.competences ?? []);
  const roleNames = (row: MatrixRow) => row.roles.map((r) => name(r)).join(', ');
  const rows = computed(() => sortRows(company.value?.skillsMatrix.rows ?? [], sort.value, { roleName: roleNames, compareText: compare }));
  const roles = computed(() => [...(company.value?.jobRoles ?? [])].sort((a, b) => compare(name(a), name(b))));

  function navigate(query: LocationQueryRaw) {
    const next = { ...route.query, ...query };
    for (const key of Object.keys(next)) if (next[key] === '' || next[key] === undefined) delete next[key];
    return router.replace({ query: next });
  }

  return {
    company,
    competences,
    rows,
    roles,
    filters,
    sort,
    filtered: computed(() => !!(filters.value.roleId || filters.value.group)),
    loading: query.loading,
    error: query.error,
    loaded: computed(() => query.data.value !== undefined),
    missing: computed(() => query.data.value !== undefined && query.data.value.company === null),
    refetch: query.refetch,
    roleNames,
    totals: (row: MatrixRow) => rowTotals(row),
    standingOf: (row: MatrixRow, competenceId: string): MatrixStanding | undefined =>
      row.standings.find((s) => s.competence.id === competenceId),
    setFilters(patch: Partial<MatrixFilters>) {
      return navigate({ role: patch.roleId ?? filters.value.roleId, group: patch.group ?? filters.value.group });
    },
    clearFilters() {
      return navigate({ role: undefined, group: undefined });
    },
    sortBy(key: SortKey, competenceId?: string) {
      const next = nextSort(sort.value, key, competenceId);
      return navigate({ sort: undefined, dir: undefined, ...sortQuery(next) });
    },
  };
}

export type SkillsMatrixState = ReturnType<typeof useSkillsMatrix>;
