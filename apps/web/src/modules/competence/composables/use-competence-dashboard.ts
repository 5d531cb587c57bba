import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { CompetenceDashboardQuery } from '../../../gql/graphql.ts';
import { planProgress, todayIso } from '../utils/supply-plan.ts';

const CompetenceDashboardDocument = graphql(`
  query CompetenceDashboard($id: ID!, $withinDays: Int!) {
    company(id: $id) {
      id
      name
      viewerCanManage
      employeeCount
      region {
        code
        name
      }
      coverage {
        competence {
          id
          nameSv
          nameEn
        }
        required
        covered
        holders
        critical
        singlePointOfKnowledge
      }
      keyPersonRisks {
        employee {
          id
          firstName
          lastName
          jobTitle
        }
        competence {
          id
          nameSv
          nameEn
        }
        reason
        retirementYear
      }
      expiringCertificates(withinDays: $withinDays) {
        id
        name
        expiresOn
        employee {
          id
          firstName
          lastName
        }
        competence {
          id
          nameSv
          nameEn
        }
      }
      supplyPlan {
        id
        status
        dueDate
      }
    }
    gaps(groupBy: COMPETENCE, scope: { companyId: $id }) {
      competence {
        id
        nameSv
        nameEn
      }
      people
      peopleWithGap
      totalGap
      weightedGap
      unassessed
    }
  }
`);

type Company = NonNullable<CompetenceDashboardQuery['company']>;
export type GapRowData = CompetenceDashboardQuery['gaps'][number];
export type CoverageRowData = Company['coverage'][number];
export type KeyPersonRiskData = Company['keyPersonRisks'][number];
export type ExpiringCertificate = Company['expiringCertificates'][number];

export const EXPIRING_WITHIN_DAYS = 90;

/** How many of the top gaps the chart shows; the table below lists them all. */
export const TOP_GAPS = 10;

/**
 * A company's competence situation in one request: gaps by competence, coverage and single
 * points of knowledge, key-person risks, expiring certificates and supply-plan progress.
 */
export function useCompetenceDashboard(companyId: MaybeRefOrGetter<string>) {
  const query = useQuery(CompetenceDashboardDocument, () => ({ id: toValue(companyId), withinDays: EXPIRING_WITHIN_DAYS }));
  const company = computed(() => query.data.value?.company ?? null);
  const gaps = computed(() => (query.data.value?.gaps ?? []).filter((g) => g.competence));
  const today = todayIso();

  return {
    company,
    gaps,
    topGaps: computed(() => gaps.value.filter((g) => (g.weightedGap ?? 0) > 0).slice(0, TOP_GAPS)),
    coverage: computed(() => company.value?.coverage ?? []),
    singlePoints: computed(() => (company.value?.coverage ?? []).filter((c) => c.singlePointOfKnowledge)),
    risks: computed(() => company.value?.keyPersonRisks ?? []),
    certificates: computed(() => [...(company.value?.expiringCertificates ?? [])].sort((a, b) => (a.expiresOn ?? '').localeCompare(b.expiresOn ?? ''))),
    plan: computed(() => planProgress(company.value?.supplyPlan ?? [], today)),
    today,
    loading: query.loading,
    error: query.error,
    missing: computed(() => query.data.value !== undefined && !query.data.value.company),
    refetch: query.refetch,
  };
}
