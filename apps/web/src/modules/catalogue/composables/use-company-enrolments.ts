import { computed, ref, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { ApiError, request } from '../../../api/graphql.ts';
import { graphql } from '../../../gql/index.ts';
import type { CompanyEnrolmentsQuery } from '../../../gql/graphql.ts';

const CompanyEnrolmentsDocument = graphql(`
  query CompanyEnrolments($companyId: ID!, $after: String) {
    company(id: $companyId) {
      id
      name
      viewerCanManage
      employees(first: 20, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          firstName
          lastName
          group
          enrolments {
            id
            status
            occasion {
              id
              startsOn
              endsOn
              online
              municipality
              course {
                id
                titleSv
                titleEn
                provider {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`);

type EmployeeNode = NonNullable<CompanyEnrolmentsQuery['company']>['employees']['nodes'][number];
export type CompanyEnrolment = EmployeeNode['enrolments'][number] & { employee: Omit<EmployeeNode, 'enrolments'> };

/**
 * Every enrolment of a firm's people. The API has no list of a firm's enrolments, so they are
 * read through the firm's employees (one statement per page of 100 people, enrolments loaded
 * in one batch), newest occasion first. Pages are small because the API's query-cost limit
 * multiplies nested lists by the page size.
 */
export function useCompanyEnrolments(companyId: MaybeRefOrGetter<string>) {
  const company = shallowRef<{ id: string; name: string; viewerCanManage: boolean } | null>(null);
  const enrolments = shallowRef<CompanyEnrolment[]>([]);
  const loading = ref(false);
  const loaded = ref(false);
  const error = shallowRef<ApiError>();
  let ticket = 0;

  async function load(): Promise<void> {
    const mine = ++ticket;
    loading.value = true;
    error.value = undefined;
    try {
      const collected: CompanyEnrolment[] = [];
      let after: string | null = null;
      let found: typeof company.value = null;
      for (;;) {
        const data: CompanyEnrolmentsQuery = await request(CompanyEnrolmentsDocument, { companyId: toValue(companyId), after });
        if (!data.company) break;
        found = { id: data.company.id, name: data.company.name, viewerCanManage: data.company.viewerCanManage };
        for (const { enrolments: list, ...employee } of data.company.employees.nodes) {
          for (const enrolment of list) collected.push({ ...enrolment, employee });
        }
        const page = data.company.employees.pageInfo;
        if (!page.hasNextPage || !page.endCursor) break;
        after = page.endCursor;
      }
      if (mine !== ticket) return;
      collected.sort((a, b) => b.occasion.startsOn.localeCompare(a.occasion.startsOn) || a.employee.lastName.localeCompare(b.employee.lastName, 'sv'));
      company.value = found;
      enrolments.value = collected;
      loaded.value = true;
    } catch (caught) {
      if (mine === ticket) error.value = ApiError.from(caught);
    } finally {
      if (mine === ticket) loading.value = false;
    }
  }

  watch(() => toValue(companyId), () => void load(), { immediate: true });

  return {
    company,
    enrolments,
    missing: computed(() => loaded.value && company.value === null),
    loading,
    loaded,
    error,
    refetch: load,
  };
}
