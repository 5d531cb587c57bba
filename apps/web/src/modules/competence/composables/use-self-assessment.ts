import { computed, reactive, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import type { ApiError } from '../../../api/api-error.ts';
import type { UserErrorLike } from '../../../api/user-errors.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { AssessmentInput, SelfAssessmentQuery } from '../../../gql/graphql.ts';
import { errorsByCell } from './use-rating-draft.ts';
import { useAssessmentsRecord } from './use-assessments-record.ts';

const SelfAssessmentDocument = graphql(`
  query SelfAssessment($id: ID!) {
    employee(id: $id) {
      id
      firstName
      lastName
      company {
        id
        name
      }
      roles {
        id
        nameSv
        nameEn
      }
      standings {
        competence {
          id
          code
          nameSv
          nameEn
          descriptionSv
          descriptionEn
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
      }
      assessments {
        id
        competence {
          id
        }
        level
        source
        assessedOn
        comment
      }
    }
  }
`);

type Employee = NonNullable<SelfAssessmentQuery['employee']>;
export type SelfStanding = Employee['standings'][number];
type Assessment = Employee['assessments'][number];

export interface Answer {
  level: number | null;
  comment: string;
}

export interface AreaGroup {
  area: SelfStanding['competence']['area'];
  standings: SelfStanding[];
}

export const MAX_COMMENT_LENGTH = 1000;

/** The answers worth recording: a new or different level, or a comment (which needs a level). */
export function changedAnswers(
  answers: Readonly<Record<string, Answer>>,
  previous: Readonly<Record<string, number | undefined>>,
): { competenceId: string; level: number | null; comment: string | null }[] {
  return Object.entries(answers)
    .filter(([id, answer]) => (answer.level !== null && answer.level !== previous[id]) || answer.comment.trim() !== '')
    .map(([competenceId, answer]) => ({ competenceId, level: answer.level, comment: answer.comment.trim() || null }));
}

export type SelfSaveOutcome = { status: 'saved'; count: number } | { status: 'invalid' } | { status: 'failed' } | { status: 'empty' };

/**
 * An employee's self-assessment of every competence their roles require, on one page: starts
 * from their latest self-assessment of each, and saves what changed in one call (SELF).
 */
export function useSelfAssessment(employeeId: MaybeRefOrGetter<string>) {
  const query = useQuery(SelfAssessmentDocument, () => ({ id: toValue(employeeId) }), { enabled: () => !!toValue(employeeId) });
  const record = useAssessmentsRecord();
  const answers = reactive<Record<string, Answer>>({});
  const previous = shallowRef<Record<string, number | undefined>>({});
  const latestSelf = shallowRef<Record<string, Assessment | undefined>>({});
  const errors = shallowRef<Map<string, UserErrorLike[]>>(new Map());
  const generalErrors = shallowRef<UserErrorLike[]>([]);
  const requestError = shallowRef<ApiError>();
  const submitted = shallowRef(false);

  const employee = computed(() => query.data.value?.employee ?? null);

  function fill() {
    const e = employee.value;
    if (!e) return;
    const latest: Record<string, Assessment | undefined> = {};
    // Assessments come newest first: the first SELF one per competence is the latest.
    for (const a of e.assessments) if (a.source === 'SELF' && !latest[a.competence.id]) latest[a.competence.id] = a;
    latestSelf.value = latest;
    previous.value = Object.fromEntries(e.standings.map((s) => [s.competence.id, latest[s.competence.id]?.level]));
    for (const key of Object.keys(answers)) delete answers[key];
    for (const s of e.standings) answers[s.competence.id] = { level: latest[s.competence.id]?.level ?? null, comment: '' };
    errors.value = new Map();
    generalErrors.value = [];
    submitted.value = false;
  }
  watch(employee, fill, { immediate: true });

  const groups = computed<AreaGroup[]>(() => {
    const list: AreaGroup[] = [];
    for (const s of employee.value?.standings ?? []) {
      const last = list.at(-1);
      if (last && last.area.id === s.competence.area.id) last.standings.push(s);
      else list.push({ area: s.competence.area, standings: [s] });
    }
    return list;
  });

  const changes = computed(() => changedAnswers(answers, previous.value));

  /** Client-side checks, the same as the API's: a comment needs a level, and fits 1000 characters. */
  const problems = computed(() => {
    const found = new Map<string, UserErrorLike[]>();
    for (const change of changes.value) {
      const list: UserErrorLike[] = [];
      if (change.level === null) list.push({ field: ['input', 'level'], code: 'REQUIRED', message: 'Choose a level' });
      if ((change.comment?.length ?? 0) > MAX_COMMENT_LENGTH) {
        list.push({ field: ['input', 'comment'], code: 'TOO_LONG', message: 'At most 1000 characters' });
      }
      if (list.length) found.set(change.competenceId, list);
    }
    return found;
  });

  function errorsOf(competenceId: string): UserErrorLike[] {
    return errors.value.get(competenceId) ?? (submitted.value ? (problems.value.get(competenceId) ?? []) : []);
  }

  async function save(): Promise<SelfSaveOutcome> {
    submitted.value = true;
    requestError.value = undefined;
    errors.value = new Map();
    generalErrors.value = [];
    if (problems.value.size > 0) return { status: 'invalid' };
    const list = changes.value;
    if (list.length === 0) return { status: 'empty' };
    const input: AssessmentInput[] = list.map((c) => ({
      employeeId: toValue(employeeId),
      competenceId: c.competenceId,
      level: c.level ?? 0,
      comment: c.comment,
    }));
    const payload = (await record.mutate({ input }))?.assessmentsRecord;
    if (!payload) {
      requestError.value = record.error.value;
      return { status: 'failed' };
    }
    if (payload.userErrors.length) {
      const placed = errorsByCell(payload.userErrors, list.map((c) => c.competenceId));
      errors.value = placed.byCell;
      generalErrors.value = placed.general;
      return { status: 'invalid' };
    }
    await query.refetch();
    return { status: 'saved', count: list.length };
  }

  return {
    employee,
    groups,
    answers,
    latestSelf,
    changes,
    dirty: computed(() => changes.value.length > 0),
    errorsOf,
    generalErrors,
    /** Competences with a problem, in page order, for the error summary. */
    problemIds: computed(() =>
      (employee.value?.standings ?? []).map((s) => s.competence.id).filter((id) => errorsOf(id).length > 0),
    ),
    requestError,
    saving: record.loading,
    loading: query.loading,
    error: query.error,
    loaded: computed(() => query.data.value !== undefined),
    missing: computed(() => query.data.value !== undefined && !query.data.value.employee),
    refetch: query.refetch,
    reset: fill,
    save,
  };
}
