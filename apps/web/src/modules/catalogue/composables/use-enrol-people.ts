import type { EmployeeGroup, EnrolmentStatus } from '@smartkompetens/domain';
import { computed, ref, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { CourseCandidatesQuery } from '../../../gql/graphql.ts';
import { isLive } from '../utils/enrolment-status.ts';
import { courseCandidates } from '../utils/gap-candidates.ts';
import { useEnrolmentActions } from './use-enrolment-actions.ts';

const CourseCandidatesDocument = graphql(`
  query CourseCandidates($companyId: ID!) {
    company(id: $companyId) {
      id
      name
      viewerCanManage
      skillsMatrix {
        rows {
          employee {
            id
            firstName
            lastName
            jobTitle
            group
            enrolments {
              id
              status
              occasion {
                id
                startsOn
                course {
                  id
                }
              }
            }
          }
          standings {
            competence {
              id
            }
            requiredLevel
            currentLevel
            gap
          }
        }
      }
    }
  }
`);

export type CandidateEmployee = NonNullable<CourseCandidatesQuery['company']>['skillsMatrix']['rows'][number]['employee'];

export interface EnrolOutcome {
  employeeId: string;
  name: string;
  status?: EnrolmentStatus;
  message?: string;
  /** The userError code of a refusal: OVER_BUDGET lets the admin ask for an override. */
  code?: string;
  occasionId: string;
  enrolmentId?: string;
}

/**
 * "Who in my firm needs this course?": the firm's people with a gap the course closes, picked
 * with checkboxes and enrolled on one occasion together. The API takes one person per call, so
 * they are enrolled one after the other in the order shown: the first get the free seats, the
 * rest the waiting list, and every person's result is reported.
 */
export function useEnrolPeople(options: {
  companyId: MaybeRefOrGetter<string | null>;
  courseId: MaybeRefOrGetter<string>;
  courseCompetences: MaybeRefOrGetter<readonly { competence: { id: string }; targetLevel: number }[]>;
  enabled: MaybeRefOrGetter<boolean>;
}) {
  const query = useQuery(
    CourseCandidatesDocument,
    () => ({ companyId: toValue(options.companyId) ?? '' }),
    { enabled: () => toValue(options.enabled) && !!toValue(options.companyId), keepPrevious: true },
  );
  const group = ref<EmployeeGroup | ''>('');
  const selected = ref<string[]>([]);
  const outcomes = ref<EnrolOutcome[]>([]);
  const enrolling = ref(false);
  const actions = useEnrolmentActions();

  const rows = computed(() => query.data.value?.company?.skillsMatrix.rows ?? []);
  const candidates = computed(() => courseCandidates(rows.value, toValue(options.courseCompetences), { group: group.value || null }));

  /** A person's live enrolment on an occasion of this course: they are not enrolled twice. */
  function enrolledOn(employee: CandidateEmployee) {
    const courseId = toValue(options.courseId);
    return employee.enrolments.find((e) => isLive(e.status) && e.occasion.course.id === courseId);
  }
  const free = (list: readonly { employee: CandidateEmployee }[]) => list.filter((c) => !enrolledOn(c.employee)).map((c) => c.employee.id);

  /** Pre-selects the people a recommendation was about (a group, one person, or everyone it helps). */
  function preselect(filter: { group?: EmployeeGroup | null; employeeId?: string | null }) {
    selected.value = free(courseCandidates(rows.value, toValue(options.courseCompetences), filter));
  }

  async function enrol(occasionId: string): Promise<EnrolOutcome[]> {
    const people = candidates.value.filter((c) => selected.value.includes(c.employee.id)).map((c) => c.employee);
    enrolling.value = true;
    const results: EnrolOutcome[] = [];
    try {
      for (const person of people) {
        const result = await actions.create(occasionId, person.id);
        const name = `${person.firstName} ${person.lastName}`;
        results.push(
          result.ok
            ? { employeeId: person.id, name, occasionId, status: result.status, enrolmentId: result.id }
            : { employeeId: person.id, name, occasionId, message: result.message, code: result.code },
        );
      }
    } finally {
      enrolling.value = false;
    }
    outcomes.value = results;
    selected.value = selected.value.filter((id) => !results.some((r) => r.employeeId === id && r.status));
    // Re-read who is on the course, so the people just enrolled cannot be ticked again.
    await query.refetch();
    return results;
  }

  return {
    company: computed(() => query.data.value?.company ?? null),
    candidates,
    group,
    selected,
    outcomes,
    enrolling,
    loaded: computed(() => query.data.value !== undefined),
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
    preselect,
    enrol,
    enrolledOn,
    selectAll: () => {
      selected.value = free(candidates.value);
    },
    selectNone: () => {
      selected.value = [];
    },
  };
}
