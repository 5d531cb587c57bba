import {
  MIN_BIRTH_YEAR,
  validateEmployee,
  type EducationLevel,
  type EmployeeGroup,
  type Gender,
} from '@smartkompetens/domain';
import { computed, reactive, ref, shallowRef, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ApiError } from '../../../api/api-error.ts';
import { userErrorMessage, type UserErrorLike } from '../../../api/user-errors.ts';
import { useFormErrors } from '../../../composables/use-form-errors.ts';
import { useMutation } from '../../../composables/use-mutation.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import type { EmployeeInput } from '../../../gql/graphql.ts';
import { kronorToOre, useKronorInput } from './use-kronor-input.ts';

const EmployeeForEditDocument = graphql(`
  query EmployeeForEdit($id: ID!) {
    employee(id: $id) {
      id
      firstName
      lastName
      email
      jobTitle
      group
      employmentStart
      hourlyCost
      birthYear
      gender
      educationLevel
      active
      version
      company {
        id
        name
        viewerCanManage
      }
    }
  }
`);

const CompanyForEmployeeFormDocument = graphql(`
  query CompanyForEmployeeForm($id: ID!) {
    company(id: $id) {
      id
      name
      viewerCanManage
    }
  }
`);

const EmployeeCreateDocument = graphql(`
  mutation EmployeeCreate($companyId: ID!, $input: EmployeeInput!) {
    employeeCreate(companyId: $companyId, input: $input) {
      employee {
        id
        firstName
        lastName
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const EmployeeUpdateDocument = graphql(`
  mutation EmployeeUpdate($id: ID!, $input: EmployeeInput!, $expectedVersion: Int) {
    employeeUpdate(id: $id, input: $input, expectedVersion: $expectedVersion) {
      employee {
        id
        firstName
        lastName
        version
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const EmployeeDeactivateDocument = graphql(`
  mutation EmployeeDeactivate($id: ID!) {
    employeeDeactivate(id: $id) {
      employee {
        id
        firstName
        lastName
        active
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const employeeFormFields = [
  'firstName',
  'lastName',
  'email',
  'jobTitle',
  'group',
  'employmentStart',
  'hourlyCost',
  'birthYear',
  'gender',
  'educationLevel',
] as const;
export type EmployeeFormField = (typeof employeeFormFields)[number];

export interface EmployeeFormValues {
  firstName: string;
  lastName: string;
  email: string;
  jobTitle: string;
  group: EmployeeGroup;
  employmentStart: string;
  birthYear: string;
  gender: Gender | '';
  educationLevel: EducationLevel | '';
}

export type SubmitOutcome =
  | { status: 'saved'; name: string; companyId: string }
  | { status: 'invalid' }
  | { status: 'stale' }
  | { status: 'failed' };

const ERROR_SCOPE = 'organisations.employeeForm.errors';

function blank(): EmployeeFormValues {
  return {
    firstName: '',
    lastName: '',
    email: '',
    jobTitle: '',
    group: 'STAFF',
    employmentStart: '',
    birthYear: '',
    gender: '',
    educationLevel: '',
  };
}

/**
 * Turns what was typed into the API's EmployeeInput, checking it with the same rules the API
 * uses (`validateEmployee` from the domain package). Problems come back as userErrors with
 * the paths the server would use, so client and server errors are shown the same way.
 */
export function toEmployeeInput(
  values: EmployeeFormValues,
  hourlyCostText: string,
  today = new Date(),
): { input: EmployeeInput; problems: UserErrorLike[] } {
  const problems: UserErrorLike[] = [];
  const cost = kronorToOre(hourlyCostText);
  if (!cost.ok) problems.push({ field: ['input', 'hourlyCost'], code: cost.problem, message: cost.problem });

  const birthYearText = values.birthYear.trim();
  const birthYear = /^\d{4}$/.test(birthYearText) ? Number(birthYearText) : null;
  if (birthYearText && birthYear === null) {
    problems.push({ field: ['input', 'birthYear'], code: 'INVALID', message: 'Must be a year' });
  }

  const input: EmployeeInput = {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    email: values.email.trim() || null,
    jobTitle: values.jobTitle.trim(),
    group: values.group,
    employmentStart: values.employmentStart,
    hourlyCost: cost.ok ? cost.ore : '',
    birthYear,
    gender: values.gender || null,
    educationLevel: values.educationLevel || null,
  };

  const checked = validateEmployee({ ...input, hourlyCost: cost.ok ? cost.ore : '1' }, today);
  if (!checked.ok) {
    for (const problem of checked.problems) {
      problems.push({ field: ['input', ...problem.field], code: problem.code, message: problem.message });
    }
  }
  return { input, problems };
}

/**
 * The employee form, new or edit: loading, values, validation shown per field once the field
 * was left (or the form submitted), server userErrors next to their fields, STALE detection
 * for concurrent edits, and deactivation.
 */
export function useEmployeeForm(target: { companyId?: string; employeeId?: string }) {
  const { t, te, locale } = useI18n();
  const mode = target.employeeId ? ('edit' as const) : ('new' as const);

  const values = reactive<EmployeeFormValues>(blank());
  const hourlyCost = useKronorInput(undefined, {}, () => locale.value);
  const stale = ref(false);
  const requestError = shallowRef<ApiError>();

  const employeeQuery = useQuery(
    EmployeeForEditDocument,
    { id: target.employeeId ?? '' },
    { enabled: mode === 'edit', keepPrevious: true },
  );
  const companyQuery = useQuery(CompanyForEmployeeFormDocument, { id: target.companyId ?? '' }, { enabled: mode === 'new' });
  const create = useMutation(EmployeeCreateDocument);
  const update = useMutation(EmployeeUpdateDocument);
  const deactivation = useMutation(EmployeeDeactivateDocument);

  const employee = computed(() => employeeQuery.data.value?.employee ?? null);
  const company = computed(() =>
    mode === 'edit' ? (employee.value?.company ?? null) : (companyQuery.data.value?.company ?? null),
  );
  const load = mode === 'edit' ? employeeQuery : companyQuery;

  const checked = computed(() => toEmployeeInput(values, hourlyCost.text.value));
  const latestBirthYear = new Date().getUTCFullYear() - 15;
  const messageParams = { min: MIN_BIRTH_YEAR, max: latestBirthYear };
  const errors = useFormErrors({
    fields: employeeFormFields,
    values,
    fieldValue: (field) => (field === 'hourlyCost' ? hourlyCost.text.value : values[field]),
    problems: () => checked.value.problems,
    message: (error) => userErrorMessage(error, { t, te }, ERROR_SCOPE, messageParams),
  });
  const { submitted, serverErrors } = errors;

  function fill() {
    const e = employee.value;
    if (!e) return;
    Object.assign(values, {
      firstName: e.firstName,
      lastName: e.lastName,
      email: e.email ?? '',
      jobTitle: e.jobTitle,
      group: e.group,
      employmentStart: e.employmentStart,
      birthYear: e.birthYear?.toString() ?? '',
      gender: e.gender ?? '',
      educationLevel: e.educationLevel ?? '',
    } satisfies EmployeeFormValues);
    hourlyCost.setOre(e.hourlyCost);
    errors.reset();
    stale.value = false;
  }
  watch(employee, fill, { immediate: true });

  async function submit(): Promise<SubmitOutcome> {
    submitted.value = true;
    serverErrors.value = [];
    requestError.value = undefined;
    stale.value = false;
    const { input, problems } = checked.value;
    if (problems.length > 0) return { status: 'invalid' };

    const payload =
      mode === 'new'
        ? (await create.mutate({ companyId: target.companyId ?? '', input }))?.employeeCreate
        : (
            await update.mutate({
              id: target.employeeId ?? '',
              input,
              expectedVersion: employee.value?.version ?? null,
            })
          )?.employeeUpdate;

    if (!payload) {
      requestError.value = (mode === 'new' ? create : update).error.value;
      return { status: 'failed' };
    }
    if (payload.userErrors.some((e) => e.code === 'STALE')) {
      stale.value = true;
      return { status: 'stale' };
    }
    if (payload.userErrors.length > 0 || !payload.employee) {
      serverErrors.value = payload.userErrors;
      return { status: 'invalid' };
    }
    return {
      status: 'saved',
      name: `${payload.employee.firstName} ${payload.employee.lastName}`,
      companyId: company.value?.id ?? target.companyId ?? '',
    };
  }

  async function deactivate(): Promise<SubmitOutcome> {
    requestError.value = undefined;
    const payload = (await deactivation.mutate({ id: target.employeeId ?? '' }))?.employeeDeactivate;
    if (!payload) {
      requestError.value = deactivation.error.value;
      return { status: 'failed' };
    }
    if (payload.userErrors.length > 0 || !payload.employee) {
      submitted.value = true;
      serverErrors.value = payload.userErrors;
      return { status: 'invalid' };
    }
    return {
      status: 'saved',
      name: `${payload.employee.firstName} ${payload.employee.lastName}`,
      companyId: company.value?.id ?? '',
    };
  }

  /** After STALE: fetch what the other person saved and start again from it. */
  async function reload(): Promise<void> {
    await employeeQuery.refetch();
    fill();
  }

  return {
    mode,
    values,
    hourlyCostText: hourlyCost.text,
    employee,
    company,
    canManage: computed(() => company.value?.viewerCanManage ?? false),
    loading: load.loading,
    loadError: load.error,
    retryLoad: load.refetch,
    /** The employee or company does not exist, or is outside the viewer's scope. */
    missing: computed(() => load.data.value !== undefined && (mode === 'edit' ? !employee.value : !company.value)),
    saving: computed(() => create.loading.value || update.loading.value),
    deactivating: deactivation.loading,
    requestError,
    stale,
    summary: errors.summary,
    errorsFor: errors.errorsFor,
    touch: errors.touch,
    submit,
    deactivate,
    reload,
  };
}
