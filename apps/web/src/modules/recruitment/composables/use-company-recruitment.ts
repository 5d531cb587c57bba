import { ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { CompanyRecruitmentQuery, InternalCandidatesQuery } from '../../../gql/graphql.ts';

const CompanyRecruitmentDocument = graphql(`
  query CompanyRecruitment($id: ID!) {
    company(id: $id) {
      id
      name
      jobRoles {
        id
        nameSv
        nameEn
      }
      recruitmentNeeds {
        id
        source
        halfYear
        people
        dueDate
        role {
          id
          nameSv
          nameEn
        }
        competences {
          level
          competence {
            id
            nameSv
            nameEn
          }
        }
      }
      benchmark {
        industryCode
        region {
          name
        }
        own {
          firms
          coverage
          weightedGapPerPerson
          assessedShare
          suppressed
        }
        industry {
          firms
          coverage
          weightedGapPerPerson
          assessedShare
          suppressed
        }
        county {
          firms
          coverage
          weightedGapPerPerson
          assessedShare
          suppressed
        }
      }
    }
  }
`);

const InternalCandidatesDocument = graphql(`
  query InternalCandidates($roleId: ID!) {
    internalCandidates(roleId: $roleId, first: 10) {
      holdsRole
      requirements
      met
      unassessed
      distance
      employee {
        id
        firstName
        lastName
        jobTitle
      }
      gaps {
        requiredLevel
        level
        gap
        competence {
          id
          nameSv
          nameEn
        }
        courses {
          id
          titleSv
          titleEn
        }
      }
    }
  }
`);

export type RecruitmentNeed = NonNullable<CompanyRecruitmentQuery['company']>['recruitmentNeeds'][number];
export type Candidate = InternalCandidatesQuery['internalCandidates'][number];

/** A firm's recruitment needs and benchmark, and internal candidates for the role chosen. */
export function useCompanyRecruitment(companyId: MaybeRefOrGetter<string>) {
  const company = useQuery(CompanyRecruitmentDocument, () => ({ id: toValue(companyId) }));
  const roleId = ref<string>('');
  const candidates = useQuery(InternalCandidatesDocument, () => ({ roleId: roleId.value }), { enabled: () => roleId.value !== '' });
  return { company, roleId, candidates };
}
