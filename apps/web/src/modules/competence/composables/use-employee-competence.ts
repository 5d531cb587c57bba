import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { EmployeeCompetenceQuery } from '../../../gql/graphql.ts';
import { rowTotals } from '../utils/heatmap.ts';

const EmployeeCompetenceDocument = graphql(`
  query EmployeeCompetence($id: ID!) {
    employee(id: $id) {
      id
      firstName
      lastName
      jobTitle
      group
      company {
        id
        name
        viewerCanManage
      }
      roles {
        id
        nameSv
        nameEn
        group
      }
      standings {
        competence {
          id
          nameSv
          nameEn
          area {
            id
            nameSv
            nameEn
          }
        }
        requiredLevel
        importance
        currentLevel
        currentSource
        assessedOn
        gap
        weightedGap
        futureLevel
        futureBy
      }
      certificates {
        id
        name
        issuedOn
        expiresOn
        competence {
          id
          nameSv
          nameEn
        }
      }
      assessments {
        id
        competence {
          id
          nameSv
          nameEn
        }
        level
        source
        assessedOn
        comment
        evidence
        recordedAt
      }
    }
  }
`);

type Employee = NonNullable<EmployeeCompetenceQuery['employee']>;
export type ProfileStanding = Employee['standings'][number];
export type ProfileAssessment = Employee['assessments'][number];
export type ProfileCertificate = Employee['certificates'][number];

export interface CompetenceHistory {
  competence: ProfileAssessment['competence'];
  /** Newest first, as the API sends them. */
  assessments: ProfileAssessment[];
  required: boolean;
}

export type CertificateState = 'valid' | 'expiring' | 'expired' | 'noExpiry';

/** Days ahead within which a certificate counts as expiring (as the company dashboard uses). */
export const EXPIRY_WARNING_DAYS = 90;

export function certificateState(expiresOn: string | null | undefined, today: string): CertificateState {
  if (!expiresOn) return 'noExpiry';
  if (expiresOn < today) return 'expired';
  const warn = new Date(`${today}T00:00:00Z`);
  warn.setUTCDate(warn.getUTCDate() + EXPIRY_WARNING_DAYS);
  return expiresOn <= warn.toISOString().slice(0, 10) ? 'expiring' : 'valid';
}

/**
 * History grouped per competence: the required ones in the order of the profile, then any
 * other competence the person was ever assessed in.
 */
export function historyByCompetence(standings: readonly ProfileStanding[], assessments: readonly ProfileAssessment[]): CompetenceHistory[] {
  const byId = new Map<string, CompetenceHistory>();
  for (const s of standings) byId.set(s.competence.id, { competence: s.competence, assessments: [], required: true });
  for (const a of assessments) {
    const entry = byId.get(a.competence.id) ?? { competence: a.competence, assessments: [], required: false };
    entry.assessments.push(a);
    byId.set(a.competence.id, entry);
  }
  return [...byId.values()];
}

/** One person's competence profile: standings, roles, certificates and assessment history. */
export function useEmployeeCompetence(employeeId: MaybeRefOrGetter<string>) {
  const query = useQuery(EmployeeCompetenceDocument, () => ({ id: toValue(employeeId) }));
  const employee = computed(() => query.data.value?.employee ?? null);
  return {
    employee,
    totals: computed(() => {
      const standings = employee.value?.standings ?? [];
      const totals = rowTotals({ standings });
      return { ...totals, required: standings.length, met: standings.length - totals.gaps - totals.unassessed };
    }),
    history: computed(() => (employee.value ? historyByCompetence(employee.value.standings, employee.value.assessments) : [])),
    loading: query.loading,
    error: query.error,
    missing: computed(() => query.data.value !== undefined && !query.data.value.employee),
    refetch: query.refetch,
  };
}
