import type { EmployeeGroup, Importance } from '@smartkompetens/domain';
import type { Random } from './random.ts';
import { type RequirementTemplate, roleProfileFor } from './role-profiles.ts';
import type { SeededFirm, SeededPerson } from './staff.ts';
import type { StoryRequirement } from './story.ts';

export interface RequirementDraft {
  code: string;
  requiredLevel: number;
  importance: Importance;
  futureLevel: number | null;
  futureBy: string | null;
}

export interface RoleDraft {
  nameSv: string;
  nameEn: string;
  group: EmployeeGroup;
  requirements: RequirementDraft[];
}

export interface FirmRoles {
  roles: RoleDraft[];
  /** Each person's roles by person id: the one named by their job title first. */
  rolesOf: Map<string, RoleDraft[]>;
}

/** What a person's roles together ask of one competence: the highest level and importance. */
export interface PersonRequirement {
  code: string;
  required: number;
  importance: Importance;
}

const SECOND_ROLE_SHARE = 0.1;
const FUTURE_SHARE = 0.2;
const LEVEL_JITTER_SHARE = 0.25;
/** When the firm expects to need the higher level: strategic supply looks one to two years ahead. */
const futureDates = ['2027-06-30', '2027-12-31', '2028-06-30', '2028-12-31'] as const;
const importanceRank: Record<Importance, number> = { CRITICAL: 3, IMPORTANT: 2, USEFUL: 1 };

/**
 * One role per job title the firm's people carry, so everyone holds the role their title names;
 * about one in ten also holds a second role of their own group (a welder who covers maintenance).
 */
export function planRoles(firm: SeededFirm, random: Random, overrides: Readonly<Record<string, readonly StoryRequirement[]>> = {}): FirmRoles {
  const byTitle = new Map<string, RoleDraft>();
  for (const person of firm.people) {
    if (byTitle.has(person.jobTitle)) continue;
    const profile = roleProfileFor(person.jobTitle);
    byTitle.set(person.jobTitle, {
      nameSv: person.jobTitle,
      nameEn: profile.nameEn,
      group: person.group,
      requirements: applyOverrides(drawRequirements(profile.requirements, random), overrides[person.jobTitle] ?? []),
    });
  }
  const roles = [...byTitle.values()];

  const rolesOf = new Map<string, RoleDraft[]>();
  for (const person of firm.people) {
    const own = byTitle.get(person.jobTitle) as RoleDraft;
    const held = [own];
    // A firm has one managing director: nobody doubles as one, and the one there is has no time to double.
    const others = roles.filter((r) => r !== own && r.group === person.group && r.nameSv !== 'VD');
    if (others.length > 0 && person.jobTitle !== 'VD' && random.chance(SECOND_ROLE_SHARE)) held.push(random.pick(others));
    rolesOf.set(person.id, held);
  }
  return { roles, rolesOf };
}

/** Keeps every critical line and a random share of the rest: four to eight requirements a role. */
function drawRequirements(templates: readonly RequirementTemplate[], random: Random): RequirementDraft[] {
  const critical = templates.filter(([, , importance]) => importance === 'CRITICAL');
  const rest = random.shuffled(templates.filter(([, , importance]) => importance !== 'CRITICAL'));
  const wanted = Math.max(critical.length, Math.min(templates.length, random.int(4, 8)));
  const chosen = new Set([...critical, ...rest.slice(0, wanted - critical.length)]);
  // Template order, so the most defining requirements come first in every firm.
  return templates
    .filter((t) => chosen.has(t))
    .map(([code, level, importance]) => {
      const jitter = random.chance(LEVEL_JITTER_SHARE) ? random.pick([-1, 1]) : 0;
      const requiredLevel = clamp(level + jitter, 2, 5);
      const future = requiredLevel < 5 && random.chance(FUTURE_SHARE);
      return {
        code,
        requiredLevel,
        importance,
        futureLevel: future ? requiredLevel + 1 : null,
        futureBy: future ? random.pick(futureDates) : null,
      };
    });
}

function applyOverrides(requirements: RequirementDraft[], overrides: readonly StoryRequirement[]): RequirementDraft[] {
  for (const o of overrides) {
    const fixed: RequirementDraft = {
      code: o.code,
      requiredLevel: o.level,
      importance: o.importance,
      futureLevel: o.futureLevel ?? null,
      futureBy: o.futureBy ?? null,
    };
    const index = requirements.findIndex((r) => r.code === o.code);
    if (index >= 0) requirements[index] = fixed;
    else requirements.push(fixed);
  }
  return requirements;
}

/** The union of a person's roles' requirements: one line per competence. */
export function personRequirements(roles: readonly RoleDraft[]): PersonRequirement[] {
  const byCode = new Map<string, PersonRequirement>();
  for (const role of roles) {
    for (const r of role.requirements) {
      const seen = byCode.get(r.code);
      byCode.set(r.code, {
        code: r.code,
        required: Math.max(seen?.required ?? 0, r.requiredLevel),
        importance: seen && importanceRank[seen.importance] > importanceRank[r.importance] ? seen.importance : r.importance,
      });
    }
  }
  return [...byCode.values()];
}

export function rolesOfPerson(plan: FirmRoles, person: SeededPerson): RoleDraft[] {
  const roles = plan.rolesOf.get(person.id);
  if (!roles) throw new Error(`demo seed: ${person.email} holds no role`);
  return roles;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
