import type { FirmAssessments } from './assessments.ts';
import { DEMO_COMPANY_NAME } from './companies.ts';
import type { EmployeeDraft } from './employees.ts';
import type { Random } from './random.ts';
import { type FirmRoles, personRequirements, rolesOfPerson } from './roles.ts';
import type { SeededFirm } from './staff.ts';
import { DEMO_LOGINS } from './users.ts';

/**
 * Fyrisgjuteriet's competence story, which the demo and the tests tell:
 * - its largest gap is in casting technology, critical for casters, moulders and foundry
 *   technicians: only its two most senior foundry technicians reach the required level;
 * - CNC programming is critical for its CNC operators, yet only one of them, the oldest, holds
 *   it (a single point of knowledge);
 * - that CNC veteran and the firm's melting expert were born in 1961 and 1962 and retire
 *   within five years of the reference date.
 * Everything else at the firm is drawn like any other firm.
 */
export const DEMO_STORY = {
  companyName: DEMO_COMPANY_NAME,
  topGapCompetence: 'casting-technology',
  singleExpertCompetence: 'cnc-programming',
  meltingCompetence: 'melting',
  cncExpertBirthYear: 1961,
  meltingExpertBirthYear: 1962,
} as const;

/** The people the story is about, by email (ids do not exist yet when they are chosen). */
export interface DemoStoryCast {
  cncExpertEmail: string;
  meltingExpertEmail: string;
  /** The two senior foundry technicians who do hold casting technology. */
  castingMentorEmails: readonly string[];
  employeeEmail: string;
}

/** The firm's mapping rounds: fixed, so the demo's timeline reads the same on every run. */
export const demoCompanyRounds = ['2024-10-14', '2025-05-12', '2026-04-20'] as const;

/**
 * Casts the story from the demo firm's drafted staff: the oldest CNC operator and the oldest
 * melter become the two near-retirement experts (their birth years are set to fit).
 */
export function castDemoStory(staff: EmployeeDraft[]): DemoStoryCast {
  const cncExpert = oldest(staff, 'CNC-operatör');
  const meltingExpert = oldest(staff, 'Smältare');
  const castingMentors = eldest(staff, 'Gjuteritekniker', 2);
  cncExpert.birthYear = DEMO_STORY.cncExpertBirthYear;
  meltingExpert.birthYear = DEMO_STORY.meltingExpertBirthYear;
  return {
    cncExpertEmail: emailOf(cncExpert),
    meltingExpertEmail: emailOf(meltingExpert),
    castingMentorEmails: castingMentors.map(emailOf),
    employeeEmail: DEMO_LOGINS.EMPLOYEE,
  };
}

/** Everyone the story names, who are therefore assessed in every round they were employed for. */
export function isCast(cast: DemoStoryCast, email: string): boolean {
  return email === cast.cncExpertEmail || email === cast.meltingExpertEmail || email === cast.employeeEmail || cast.castingMentorEmails.includes(email);
}

/** Requirement changes that make the story hold whatever the random draw of the profile gave. */
export interface StoryRequirement {
  code: string;
  level: number;
  importance: 'CRITICAL' | 'IMPORTANT' | 'USEFUL';
  futureLevel?: number;
  futureBy?: string;
}

export const demoRequirementOverrides: Readonly<Record<string, readonly StoryRequirement[]>> = {
  'CNC-operatör': [{ code: 'cnc-programming', level: 4, importance: 'CRITICAL' }],
  'Gjutare': [
    { code: 'casting-technology', level: 4, importance: 'CRITICAL' },
    { code: 'fyris-low-pressure-cell', level: 3, importance: 'IMPORTANT' },
  ],
  'Formare': [
    { code: 'casting-technology', level: 3, importance: 'CRITICAL' },
    { code: 'fyris-sand-preparation', level: 3, importance: 'IMPORTANT' },
  ],
  'Gjuteritekniker': [
    { code: 'casting-technology', level: 4, importance: 'CRITICAL', futureLevel: 5, futureBy: '2027-12-31' },
    { code: 'fyris-xray-inspection', level: 3, importance: 'USEFUL' },
  ],
  'Smältare': [{ code: 'melting', level: 4, importance: 'CRITICAL' }],
};

/**
 * The level the story fixes for one person in one competence at the demo firm, or undefined
 * to draw it like anywhere else.
 */
export function storyLevel(cast: DemoStoryCast, email: string, code: string, required: number, random: Random): number | undefined {
  if (code === DEMO_STORY.singleExpertCompetence) {
    if (email === cast.cncExpertEmail) return 5;
    if (email === cast.employeeEmail) return Math.min(3, required - 1);
    // Everyone else stays below the requirement: nobody can take over from the veteran.
    return Math.max(1, required - random.weighted([[1, 45], [2, 55]]));
  }
  if (code === DEMO_STORY.meltingCompetence && email === cast.meltingExpertEmail) return 5;
  if (code === DEMO_STORY.topGapCompetence) {
    if (cast.castingMentorEmails.includes(email)) return required;
    return Math.max(1, required - random.weighted([[1, 3], [2, 5], [3, 1]]));
  }
  return undefined;
}

/**
 * Keeps the story's single point of knowledge the only one worth telling: where the random draw
 * left another critical competence with a lone holder, the next best of those who need it is
 * raised to the firm's top required level in their latest assessment. A holder is anyone at or
 * above the highest level any role of the firm requires, as the key-person reports count.
 */
export function sharpenDemoStory(firm: SeededFirm, plan: FirmRoles, history: FirmAssessments): void {
  const needs = new Map<string, { top: number; critical: boolean; people: string[] }>();
  for (const person of firm.people) {
    for (const r of personRequirements(rolesOfPerson(plan, person))) {
      const need = needs.get(r.code) ?? { top: 0, critical: false, people: [] };
      need.top = Math.max(need.top, r.required);
      need.critical ||= r.importance === 'CRITICAL';
      need.people.push(person.id);
      needs.set(r.code, need);
    }
  }
  for (const [code, need] of needs) {
    if (!need.critical || code === DEMO_STORY.singleExpertCompetence) continue;
    const levelOf = (id: string) => history.current.get(id)?.get(code);
    const holders = need.people.filter((id) => (levelOf(id) ?? 0) >= need.top);
    if (holders.length !== 1) continue;
    let understudy: string | undefined;
    for (const id of need.people) {
      const level = levelOf(id);
      if (level !== undefined && level < need.top && (understudy === undefined || level > (levelOf(understudy) ?? 0))) understudy = id;
    }
    if (understudy === undefined) continue;
    const rows = history.rows.filter((row) => row.employeeId === understudy && row.code === code);
    const managerRows = rows.filter((row) => row.source === 'MANAGER');
    const deciding = (managerRows.length > 0 ? managerRows : rows).reduce((a, b) => (b.assessedOn > a.assessedOn ? b : a));
    deciding.level = need.top;
    history.current.get(understudy)?.set(code, need.top);
  }
}

function oldest(staff: readonly EmployeeDraft[], title: string): EmployeeDraft {
  const [found] = eldest(staff, title, 1);
  if (!found) throw new Error(`demo seed: ${DEMO_COMPANY_NAME} has no ${title} to cast in its story`);
  return found;
}

/** The `count` oldest holders of a title, the demo employee aside; ties keep draft order. */
function eldest(staff: readonly EmployeeDraft[], title: string, count: number): EmployeeDraft[] {
  const candidates = staff.filter((p) => p.jobTitle === title && p.email !== DEMO_LOGINS.EMPLOYEE);
  if (candidates.length < count) throw new Error(`demo seed: ${DEMO_COMPANY_NAME} has too few of ${title} to cast in its story`);
  return [...candidates].sort((a, b) => (a.birthYear ?? 9999) - (b.birthYear ?? 9999)).slice(0, count);
}

function emailOf(person: EmployeeDraft): string {
  if (!person.email) throw new Error('demo seed: story people need an email');
  return person.email;
}
