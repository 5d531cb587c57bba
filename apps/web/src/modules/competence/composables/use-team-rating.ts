import { computed, shallowRef, toValue, watch, type MaybeRefOrGetter } from 'vue';
import type { ApiError } from '../../../api/api-error.ts';
import { cellKey, useRatingDraft } from './use-rating-draft.ts';
import { useAssessmentsRecord } from './use-assessments-record.ts';
import { personName, useLocalized } from './use-localized.ts';
import { useSkillsMatrix, type MatrixRow, type MatrixStanding } from './use-skills-matrix.ts';

export type SaveOutcome = { status: 'saved'; count: number } | { status: 'invalid' } | { status: 'failed' } | { status: 'empty' };

/**
 * The team rating grid: the skills matrix, a draft of changed levels, and one
 * `assessmentsRecord` call that saves them all (MANAGER assessments) or none.
 */
export function useTeamRating(companyId: MaybeRefOrGetter<string>) {
  const matrix = useSkillsMatrix(companyId, 'team-rating');
  const draft = useRatingDraft();
  const record = useAssessmentsRecord();
  const { name } = useLocalized();
  const requestError = shallowRef<ApiError>();

  // Names of everyone and everything seen, so a change can be described (in the error summary)
  // even after a filter hid its row.
  const people = new Map<string, string>();
  const competenceNames = new Map<string, string>();
  watch(
    () => matrix.company.value,
    (company) => {
      for (const row of company?.skillsMatrix.rows ?? []) people.set(row.employee.id, personName(row.employee));
      for (const c of company?.skillsMatrix.competences ?? []) competenceNames.set(c.id, name(c));
    },
    { immediate: true },
  );

  function describe(key: string): { person: string; competence: string } {
    const [employeeId = '', competenceId = ''] = key.split(':');
    return { person: people.get(employeeId) ?? '', competence: competenceNames.get(competenceId) ?? '' };
  }

  function setLevel(row: MatrixRow, standing: MatrixStanding, level: number) {
    draft.set(
      {
        employeeId: row.employee.id,
        competenceId: standing.competence.id,
        currentLevel: standing.currentLevel,
        currentSource: standing.currentSource,
      },
      level,
    );
  }

  async function save(): Promise<SaveOutcome> {
    requestError.value = undefined;
    if (!draft.dirty.value) return { status: 'empty' };
    const input = draft.toInput();
    const result = await record.mutate({ input });
    const payload = result?.assessmentsRecord;
    if (!payload) {
      requestError.value = record.error.value;
      return { status: 'failed' };
    }
    if (payload.userErrors.length > 0) {
      draft.applyErrors(payload.userErrors);
      return { status: 'invalid' };
    }
    draft.clearAll();
    await matrix.refetch();
    return { status: 'saved', count: payload.assessments?.length ?? input.length };
  }

  return {
    matrix,
    draft,
    saving: record.loading,
    requestError,
    companyId: computed(() => toValue(companyId)),
    keyOf: (row: MatrixRow, competenceId: string) => cellKey(row.employee.id, competenceId),
    describe,
    setLevel,
    save,
  };
}
