import { parseOre, type Ore } from './money.ts';
import {
  educationLevels,
  employeeGroups,
  genders,
  MAX_HOURLY_COST_ORE,
  MIN_BIRTH_YEAR,
  type EducationLevel,
  type EmployeeGroup,
  type Gender,
} from './people.ts';
import { isEmail, isIsoDate, optionalText, requiredText, type InputProblem, type Validated } from './validation.ts';

/** An employee's details as people enter them; API and SPA validate with the same rules. */
export interface EmployeeDetails {
  firstName: string;
  lastName: string;
  email: string | null;
  jobTitle: string;
  group: EmployeeGroup;
  employmentStart: string; // YYYY-MM-DD
  hourlyCost: Ore;
  birthYear: number | null;
  gender: Gender | null;
  educationLevel: EducationLevel | null;
}

export interface EmployeeInput {
  firstName?: unknown;
  lastName?: unknown;
  email?: unknown;
  jobTitle?: unknown;
  group?: unknown;
  employmentStart?: unknown;
  hourlyCost?: unknown; // öre as a decimal string
  birthYear?: unknown;
  gender?: unknown;
  educationLevel?: unknown;
}

function oneOf<T extends string>(
  problems: InputProblem[],
  field: string,
  value: unknown,
  allowed: readonly T[],
  required: boolean,
): T | null {
  if (value === null || value === undefined || value === '') {
    if (required) problems.push({ field: [field], code: 'REQUIRED', message: 'Required' });
    return null;
  }
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  problems.push({ field: [field], code: 'INVALID', message: `Must be one of ${allowed.join(', ')}` });
  return null;
}

/**
 * Checks an employee's details. `today` is passed in so the rules are testable and the SPA
 * and API agree on the date they judge by.
 */
export function validateEmployee(input: EmployeeInput, today: Date = new Date()): Validated<EmployeeDetails> {
  const problems: InputProblem[] = [];
  const firstName = requiredText(problems, 'firstName', input.firstName, 100);
  const lastName = requiredText(problems, 'lastName', input.lastName, 100);
  const jobTitle = requiredText(problems, 'jobTitle', input.jobTitle, 120);

  const email = optionalText(problems, 'email', input.email, 254)?.toLowerCase() ?? null;
  if (email !== null && !isEmail(email)) {
    problems.push({ field: ['email'], code: 'INVALID', message: 'Not an email address' });
  }

  const group = oneOf(problems, 'group', input.group, employeeGroups, true);
  const gender = oneOf(problems, 'gender', input.gender, genders, false);
  const educationLevel = oneOf(problems, 'educationLevel', input.educationLevel, educationLevels, false);

  const employmentStart = typeof input.employmentStart === 'string' ? input.employmentStart : '';
  const latestStart = new Date(today.getTime() + 366 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  if (!employmentStart) {
    problems.push({ field: ['employmentStart'], code: 'REQUIRED', message: 'Required' });
  } else if (!isIsoDate(employmentStart)) {
    problems.push({ field: ['employmentStart'], code: 'INVALID', message: 'Not a date (YYYY-MM-DD)' });
  } else if (employmentStart < '1950-01-01' || employmentStart > latestStart) {
    problems.push({ field: ['employmentStart'], code: 'OUT_OF_RANGE', message: 'Must be between 1950 and a year from today' });
  }

  let hourlyCost: Ore | null = null;
  if (input.hourlyCost === null || input.hourlyCost === undefined || input.hourlyCost === '') {
    problems.push({ field: ['hourlyCost'], code: 'REQUIRED', message: 'Required' });
  } else {
    try {
      hourlyCost = parseOre(String(input.hourlyCost));
    } catch {
      problems.push({ field: ['hourlyCost'], code: 'INVALID', message: 'Must be a whole number of öre' });
    }
    if (hourlyCost !== null && (hourlyCost <= 0n || hourlyCost > MAX_HOURLY_COST_ORE)) {
      problems.push({ field: ['hourlyCost'], code: 'OUT_OF_RANGE', message: 'Must be above 0 and at most 10 000 kr per hour' });
      hourlyCost = null;
    }
  }

  let birthYear: number | null = null;
  if (input.birthYear !== null && input.birthYear !== undefined && input.birthYear !== '') {
    const latest = today.getUTCFullYear() - 15; // the youngest employees are summer workers
    if (typeof input.birthYear !== 'number' || !Number.isInteger(input.birthYear)) {
      problems.push({ field: ['birthYear'], code: 'INVALID', message: 'Must be a year' });
    } else if (input.birthYear < MIN_BIRTH_YEAR || input.birthYear > latest) {
      problems.push({ field: ['birthYear'], code: 'OUT_OF_RANGE', message: `Must be between ${MIN_BIRTH_YEAR} and ${latest}` });
    } else {
      birthYear = input.birthYear;
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      firstName: firstName!,
      lastName: lastName!,
      email,
      jobTitle: jobTitle!,
      group: group!,
      employmentStart,
      hourlyCost: hourlyCost!,
      birthYear,
      gender,
      educationLevel,
    },
  };
}
