import type { AssessmentSource } from '@smartkompetens/domain';
import { addDays, daysBetween } from './dates.ts';
import { REFERENCE_DATE } from './employees.ts';
import { RETIRED_AT, RETIRED_COMPETENCE_CODE } from './framework.ts';
import type { Random } from './random.ts';
import { clamp, type FirmRoles, personRequirements, rolesOfPerson } from './roles.ts';
import type { SeededFirm, SeededPerson } from './staff.ts';
import { type DemoStoryCast, isCast, storyLevel } from './story.ts';

export interface AssessmentDraft {
  employeeId: string;
  code: string;
  level: number;
  source: AssessmentSource;
  assessedOn: string;
  assessedByUserId: string | null;
  comment: string | null;
  evidence: string | null;
}

export interface FirmAssessments {
  rows: AssessmentDraft[];
  /** Each person's current level per competence code (latest manager, else latest self), by person id. */
  current: Map<string, Map<string, number>>;
}

/** The demo firm's story and who signs its manager assessments (its HR login). */
export interface StoryContext {
  cast: DemoStoryCast;
  rounds: readonly string[];
  assessorUserId: string;
}

const SELF_ASSESSED_SHARE = 0.9;
/**
 * Of those who assessed themselves. With people hired after the last round left out, about 85 %
 * of all people end up self-assessed and 70 % manager-assessed.
 */
const MANAGER_ASSESSED_SHARE = 0.85;
/** How often someone takes part in each of the firm's three rounds: the latest reached most people. */
const ROUND_PARTICIPATION = [0.5, 0.65, 0.9] as const;
const MANAGER_IN_EARLIER_ROUND = 0.75;
/** New hires after the first round often rate themselves a few weeks after they start. */
const ONBOARDING_SHARE = 0.5;
const GROWTH_SHARE = 0.35;

/** The true level relative to the requirement: about a third of people fall short, a few far short. */
const levelDeltas: readonly (readonly [number, number])[] = [[-3, 3], [-2, 9], [-1, 23], [0, 42], [1, 18], [2, 5]];
/** People rate themselves a little higher than their managers do, more often than lower. */
const selfBiases: readonly (readonly [number, number])[] = [[-1, 10], [0, 62], [1, 28]];

const progressComments = [
  'Tydlig utveckling sedan förra kartläggningen.',
  'Klarar nu uppgiften självständigt.',
  'Har gått bredvid en erfaren kollega och tagit stora kliv.',
  'Bra framsteg. Nästa steg är att lära ut till nyanställda.',
] as const;
const progressEvidence = [
  'Kurs hos Teknikcollege Uppland',
  'Intern upplärning med handledare',
  'Godkänt provarbete',
  'Bredvidgång med erfaren kollega',
] as const;
const shortfallComments = [
  'Vill gärna gå en fördjupningskurs.',
  'Behöver mer tid vid maskinen för att känna mig säker.',
  'Osäker på de nya instruktionerna.',
] as const;

interface Occasion {
  selfOn: string;
  managerOn: string | null;
}

/**
 * Assessment history of one firm, held against each person's role requirements: one to three
 * mapping rounds between autumn 2024 and the reference date, self-assessments for most people
 * and manager assessments for most of those, with levels that rise over time for some.
 */
export function planAssessments(firm: SeededFirm, plan: FirmRoles, random: Random, story?: StoryContext): FirmAssessments {
  const rounds = story?.rounds ?? mappingRounds(random);
  const rows: AssessmentDraft[] = [];
  const current = new Map<string, Map<string, number>>();
  const assessor = story?.assessorUserId ?? null;

  for (const person of firm.people) {
    const starring = story !== undefined && isCast(story.cast, person.email);
    if (!starring && !random.chance(SELF_ASSESSED_SHARE)) continue;
    const occasions = occasionsOf(person, rounds, random, starring);
    if (occasions.length === 0) continue;

    const levels = new Map<string, number>();
    for (const requirement of personRequirements(rolesOfPerson(plan, person))) {
      const scripted = story ? storyLevel(story.cast, person.email, requirement.code, requirement.required, random) : undefined;
      const final = clamp(scripted ?? requirement.required + random.weighted(levelDeltas), 1, 5);
      const grows = (story !== undefined && person.email === story.cast.employeeEmail) || random.chance(GROWTH_SHARE);
      // Scripted levels are exact, so a hopeful self-rating cannot blur the story.
      const bias = scripted === undefined ? random.weighted(selfBiases) : 0;
      let latestSelf = 0;
      let latestManager = 0;
      let previous = 0;
      occasions.forEach((occasion, k) => {
        const level = grows ? Math.max(1, final - (occasions.length - 1 - k)) : final;
        const selfLevel = clamp(level + bias, 1, 5);
        const last = k === occasions.length - 1;
        rows.push({
          employeeId: person.id,
          code: requirement.code,
          level: selfLevel,
          source: 'SELF',
          assessedOn: occasion.selfOn,
          assessedByUserId: null,
          comment: last && selfLevel < requirement.required && random.chance(0.05) ? random.pick(shortfallComments) : null,
          evidence: null,
        });
        latestSelf = selfLevel;
        if (occasion.managerOn) {
          const progressed = previous > 0 && level > previous;
          rows.push({
            employeeId: person.id,
            code: requirement.code,
            level,
            source: 'MANAGER',
            assessedOn: occasion.managerOn,
            assessedByUserId: assessor,
            comment: progressed && random.chance(0.4) ? random.pick(progressComments) : null,
            evidence: progressed && random.chance(0.35) ? random.pick(progressEvidence) : null,
          });
          latestManager = level;
        }
        previous = level;
      });
      levels.set(requirement.code, latestManager || latestSelf);
    }
    current.set(person.id, levels);
    rows.push(...retiredHistory(person, occasions, random, assessor));
  }
  return { rows, current };
}

/** Autumn 2024, some time in 2025, and spring 2026: each firm picks its own weeks. */
function mappingRounds(random: Random): string[] {
  return [addDays('2024-09-16', random.int(0, 60)), addDays('2025-03-03', random.int(0, 200)), addDays('2026-02-02', random.int(0, 120))];
}

function occasionsOf(person: SeededPerson, rounds: readonly string[], random: Random, starring: boolean): Occasion[] {
  const eligible = rounds.filter((round) => round >= person.employmentStart);
  const joined = eligible.filter((round) => starring || random.chance(ROUND_PARTICIPATION[rounds.indexOf(round)] ?? 1));
  const lastEligible = eligible.at(-1);
  if (joined.length === 0 && lastEligible) joined.push(lastEligible);
  const managerAssessed = starring || random.chance(MANAGER_ASSESSED_SHARE);

  const occasions: Occasion[] = joined.map((round, k) => ({
    selfOn: addDays(round, random.int(0, 13)),
    managerOn: managerAssessed && (starring || k === joined.length - 1 || random.chance(MANAGER_IN_EARLIER_ROUND)) ? addDays(round, random.int(14, 35)) : null,
  }));
  const [firstRound] = rounds;
  if (firstRound && person.employmentStart > firstRound && (starring || random.chance(ONBOARDING_SHARE))) {
    const onboarding = addDays(person.employmentStart, random.int(14, 28));
    // Right before or after a round, the round's own assessment serves instead.
    const nearRound = occasions.some((o) => Math.abs(daysBetween(o.selfOn, onboarding)) < 14);
    if (onboarding < REFERENCE_DATE && !nearRound) occasions.push({ selfOn: onboarding, managerOn: null });
  }
  return occasions.sort((a, b) => (a.selfOn < b.selfOn ? -1 : a.selfOn > b.selfOn ? 1 : 0));
}

/**
 * Designers and toolmakers who learnt the trade on the drawing board were rated in manual
 * drafting before the framework retired it: history that must survive the retirement.
 */
function retiredHistory(person: SeededPerson, occasions: readonly Occasion[], random: Random, assessor: string | null): AssessmentDraft[] {
  const [first] = occasions;
  const drafter = person.jobTitle === 'Konstruktör' || person.jobTitle === 'Verktygsmakare';
  if (!first || !drafter || (person.birthYear ?? 9999) > 1975 || first.selfOn >= RETIRED_AT.slice(0, 10)) return [];
  const level = random.int(3, 5);
  const rows: AssessmentDraft[] = [
    { employeeId: person.id, code: RETIRED_COMPETENCE_CODE, level, source: 'SELF', assessedOn: first.selfOn, assessedByUserId: null, comment: null, evidence: null },
  ];
  if (first.managerOn) {
    rows.push({ employeeId: person.id, code: RETIRED_COMPETENCE_CODE, level: Math.max(1, level - random.int(0, 1)), source: 'MANAGER', assessedOn: first.managerOn, assessedByUserId: assessor, comment: null, evidence: null });
  }
  return rows;
}
