import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';

export const COMPANIES_PAGE_SIZE = 20;

const CompaniesDocument = graphql(`
  query Companies($first: Int!, $after: String, $filter: CompanyFilter) {
    companies(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        orgNumber
        sniCode
        industry
        municipality
        size
        employeeCount
        region {
          code
          name
        }
      }
    }
  }
`);

const CompanyFilterOptionsDocument = graphql(`
  query CompanyFilterOptions {
    regions {
      code
      name
    }
    industries {
      sniCode
      name
      companyCount
    }
  }
`);

export interface CompanyListState {
  search: string;
  county: string;
  industry: string;
  /** Cursors of the pages before this one: the last is this page's `after`. */
  cursors: string[];
}

/** Reads the list's state from the URL, so reload, back and shared links keep it. */
export function companyListState(query: LocationQuery): CompanyListState {
  const one = (value: LocationQuery[string] | undefined) => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''));
  const after = query.after;
  return {
    search: one(query.search),
    county: one(query.county),
    industry: one(query.industry),
    cursors: (Array.isArray(after) ? after : after ? [after] : []).filter((c): c is string => !!c),
  };
}

export function companyListQuery(state: CompanyListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.search) query.search = state.search;
  if (state.county) query.county = state.county;
  if (state.industry) query.industry = state.industry;
  if (state.cursors.length) query.after = state.cursors;
  return query;
}

/**
 * The companies list: filters and page live in the URL; the API pages with cursors only
 * forwards, so "previous" pops the cursor of the page before from the URL's stack.
 */
export function useCompanies() {
  const route = useRoute();
  const router = useRouter();
  const onList = computed(() => route.name === 'companies');
  const state = computed(() => companyListState(route.query));

  const variables = computed(() => {
    const { search, county, industry, cursors } = state.value;
    return {
      first: COMPANIES_PAGE_SIZE,
      after: cursors.at(-1) ?? null,
      filter: {
        ...(search.trim() ? { search: search.trim() } : {}),
        ...(county ? { regionCode: county } : {}),
        ...(industry ? { sniCode: industry } : {}),
      },
    };
  });

  const list = useQuery(CompaniesDocument, variables, { enabled: onList, keepPrevious: true });
  const options = useQuery(CompanyFilterOptionsDocument, {});

  const connection = computed(() => list.data.value?.companies);
  const range = computed(() => {
    const c = connection.value;
    if (!c || c.nodes.length === 0) return undefined;
    const from = state.value.cursors.length * COMPANIES_PAGE_SIZE + 1;
    return { from, to: from + c.nodes.length - 1, total: c.totalCount };
  });
  const filtered = computed(() => !!(state.value.search || state.value.county || state.value.industry));

  function navigate(next: CompanyListState, replace = false) {
    const location = { name: 'companies' as const, query: companyListQuery(next) };
    return replace ? router.replace(location) : router.push(location);
  }

  return {
    state,
    companies: computed(() => connection.value?.nodes ?? []),
    range,
    filtered,
    loading: list.loading,
    error: list.error,
    loaded: computed(() => list.data.value !== undefined),
    refetch: list.refetch,
    regions: computed(() => options.data.value?.regions ?? []),
    industries: computed(() => options.data.value?.industries ?? []),
    hasPrevious: computed(() => state.value.cursors.length > 0),
    hasNext: computed(() => connection.value?.pageInfo.hasNextPage ?? false),
    /** Typing replaces the history entry; a filter choice or page turn adds one. */
    setFilters(patch: Partial<Pick<CompanyListState, 'search' | 'county' | 'industry'>>, replace = false) {
      return navigate({ ...state.value, ...patch, cursors: [] }, replace);
    },
    clearFilters() {
      return navigate({ search: '', county: '', industry: '', cursors: [] });
    },
    nextPage() {
      const cursor = connection.value?.pageInfo.endCursor;
      if (cursor) return navigate({ ...state.value, cursors: [...state.value.cursors, cursor] });
    },
    previousPage() {
      return navigate({ ...state.value, cursors: state.value.cursors.slice(0, -1) });
    },
  };
}
