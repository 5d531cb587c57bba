import { computed, ref, shallowRef } from 'vue';
import { ApiError, request } from '../../../api/graphql.ts';
import { graphql } from '../../../gql/index.ts';
import type { TrainingPlanSuggestionQuery } from '../../../gql/graphql.ts';
import { addDays, todayIso } from '../utils/dates.ts';
import type { FieldProblems } from '../utils/form-problems.ts';
import { validatePlanForm, type PlanFormDraft } from '../utils/plan-form.ts';
import { useEnrolmentActions } from './use-enrolment-actions.ts';
import type { EnrolOutcome } from './use-enrol-people.ts';

const TrainingPlanSuggestionDocument = graphql(`
  query TrainingPlanSuggestion($companyId: ID!, $budget: Money!, $from: Date!, $to: Date!, $group: EmployeeGroup) {
    trainingPlanSuggestion(companyId: $companyId, budget: $budget, from: $from, to: $to, group: $group) {
      totalCost
      totalValue
      optimal
      budgetLeft
      choices {
        cost
        value
        explanation
        explanationEn
        employee {
          id
          firstName
          lastName
        }
        occasion {
          id
          startsOn
          endsOn
          online
          municipality
          region {
            code
            name
          }
        }
        course {
          id
          titleSv
          titleEn
        }
      }
    }
  }
`);

export type PlanSuggestion = TrainingPlanSuggestionQuery['trainingPlanSuggestion'];

/**
 * The plan suggestion: a budget and a period in, the enrolments closing the most weighted gap
 * out (the API optimises; nothing is written), and "enrol everyone suggested" in one go.
 */
export function usePlanSuggestion(companyId: () => string) {
  const today = todayIso();
  const draft = ref<PlanFormDraft>({ budget: '', from: today, to: addDays(today, 182), group: '' });
  const tried = ref(false);
  const suggestion = shallowRef<PlanSuggestion>();
  const error = shallowRef<ApiError>();
  const loading = ref(false);
  const outcomes = ref<EnrolOutcome[]>([]);
  const enrolling = ref(false);
  const actions = useEnrolmentActions();

  const checked = computed(() => validatePlanForm(draft.value));
  const problems = computed<FieldProblems>(() => (tried.value ? checked.value.problems : {}));

  async function suggest(): Promise<boolean> {
    tried.value = true;
    const { args } = checked.value;
    if (!args) return false;
    loading.value = true;
    error.value = undefined;
    outcomes.value = [];
    try {
      suggestion.value = (await request(TrainingPlanSuggestionDocument, { companyId: companyId(), ...args })).trainingPlanSuggestion;
      return true;
    } catch (caught) {
      error.value = ApiError.from(caught);
      return false;
    } finally {
      loading.value = false;
    }
  }

  async function enrolAll(): Promise<EnrolOutcome[]> {
    const choices = suggestion.value?.choices ?? [];
    enrolling.value = true;
    const results: EnrolOutcome[] = [];
    try {
      for (const choice of choices) {
        const name = `${choice.employee.firstName} ${choice.employee.lastName}`;
        const result = await actions.create(choice.occasion.id, choice.employee.id);
        const who = { employeeId: choice.employee.id, name, occasionId: choice.occasion.id };
        results.push(result.ok ? { ...who, status: result.status } : { ...who, message: result.message, code: result.code });
      }
    } finally {
      enrolling.value = false;
    }
    outcomes.value = results;
    return results;
  }

  return { draft, problems, suggestion, error, loading, suggest, enrolAll, enrolling, outcomes };
}
