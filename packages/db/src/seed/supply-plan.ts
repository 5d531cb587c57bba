import { importanceWeight, type SupplyDecision, type SupplyStatus } from '@smartkompetens/domain';
import type { Random } from './random.ts';
import { type FirmRoles, personRequirements, type RoleDraft, rolesOfPerson } from './roles.ts';
import type { SeededFirm, SeededPerson } from './staff.ts';
import { DEMO_STORY, type DemoStoryCast } from './story.ts';

export interface SupplyDraft {
  code: string;
  role: RoleDraft | null;
  decision: SupplyDecision;
  status: SupplyStatus;
  targetLevel: number | null;
  peopleCount: number;
  ownerEmployeeId: string;
  dueDate: string;
  note: string;
}

interface Gap {
  code: string;
  weighted: number;
  below: number;
  /** The required level most of those below are measured against. */
  target: number;
  role: RoleDraft;
}

const dueDates = ['2026-12-31', '2027-03-31', '2027-06-30', '2027-09-30', '2027-12-31'] as const;
const statuses: readonly (readonly [SupplyStatus, number])[] = [['PLANNED', 45], ['IN_PROGRESS', 35], ['DONE', 20]];

/**
 * Two to five plan lines for a firm, answering its largest measured gaps: develop people for
 * the largest, recruit or develop for the next, and knowingly accept a small one.
 */
export function planSupply(firm: SeededFirm, plan: FirmRoles, current: ReadonlyMap<string, ReadonlyMap<string, number>>, names: ReadonlyMap<string, string>, random: Random): SupplyDraft[] {
  const owner = ownerOf(firm);
  const gaps = measureGaps(firm, plan, current).slice(0, random.int(2, 5));
  return gaps.map((gap, index) => {
    const name = names.get(gap.code) ?? gap.code;
    const decision: SupplyDecision = index === 0 ? 'DEVELOP' : index === gaps.length - 1 && gaps.length > 2 ? 'ACCEPT' : random.pick(['DEVELOP', 'RECRUIT'] as const);
    const dueDate = random.pick(dueDates);
    const recruits = random.int(1, 2);
    return {
      code: gap.code,
      role: gap.role,
      decision,
      status: decision === 'ACCEPT' ? random.pick(['PLANNED', 'DONE'] as const) : random.weighted(statuses),
      targetLevel: decision === 'ACCEPT' ? null : gap.target,
      peopleCount: decision === 'RECRUIT' ? recruits : Math.max(1, gap.below),
      ownerEmployeeId: owner.id,
      dueDate,
      note: noteFor(decision, name, gap.role.nameSv, decision === 'RECRUIT' ? recruits : gap.below, dueDate),
    };
  });
}

/** Fyrisgjuteriet's plan, written to match its story (see story.ts). */
export function planDemoSupply(firm: SeededFirm, plan: FirmRoles, current: ReadonlyMap<string, ReadonlyMap<string, number>>, cast: DemoStoryCast): SupplyDraft[] {
  const gaps = new Map(measureGaps(firm, plan, current).map((g) => [g.code, g]));
  const role = (title: string) => plan.roles.find((r) => r.nameSv === title) ?? null;
  const person = (email: string) => firm.people.find((p) => p.email === email) as SeededPerson;
  const cncExpert = person(cast.cncExpertEmail);
  const meltingExpert = person(cast.meltingExpertEmail);
  const production = ownerOf(firm);
  const chief = firm.people.find((p) => p.jobTitle === 'VD') ?? production;
  const castingBelow = gaps.get(DEMO_STORY.topGapCompetence)?.below ?? 1;
  return [
    {
      code: DEMO_STORY.topGapCompetence,
      role: role('Gjutare'),
      decision: 'DEVELOP',
      status: 'IN_PROGRESS',
      targetLevel: 4,
      peopleCount: castingBelow,
      ownerEmployeeId: production.id,
      dueDate: '2027-03-31',
      note: 'Gjutteknisk fördjupning med Teknikcollege Uppland för gjutare, formare och gjuteritekniker: ingöt, matarsystem och simulering. Första gruppen startade i augusti.',
    },
    {
      code: DEMO_STORY.singleExpertCompetence,
      role: role('CNC-operatör'),
      decision: 'RECRUIT',
      status: 'PLANNED',
      targetLevel: 4,
      peopleCount: 1,
      ownerEmployeeId: chief.id,
      dueDate: '2027-01-31',
      note: `Rekrytera en CNC-programmerare som hinner arbeta minst ett halvår tillsammans med ${cncExpert.firstName} ${cncExpert.lastName} före pensionen.`,
    },
    {
      code: DEMO_STORY.singleExpertCompetence,
      role: role('CNC-operatör'),
      decision: 'DEVELOP',
      status: 'IN_PROGRESS',
      targetLevel: 4,
      peopleCount: 2,
      ownerEmployeeId: cncExpert.id,
      dueDate: '2027-06-30',
      note: `${cncExpert.firstName} handleder två CNC-operatörer i programmering direkt i styrsystemet, en halvdag i veckan.`,
    },
    {
      code: DEMO_STORY.meltingCompetence,
      role: role('Smältare'),
      decision: 'DEVELOP',
      status: 'PLANNED',
      targetLevel: 4,
      peopleCount: 1,
      ownerEmployeeId: production.id,
      dueDate: '2026-12-31',
      note: `Dokumentera ${meltingExpert.firstName} ${meltingExpert.lastName}s kunskap om smältbehandling och låt en smältare gå bredvid inför pensionen.`,
    },
    {
      code: 'spc',
      role: role('Gjuteritekniker'),
      decision: 'ACCEPT',
      status: 'DONE',
      targetLevel: null,
      peopleCount: Math.max(1, gaps.get('spc')?.below ?? 1),
      ownerEmployeeId: (firm.people.find((p) => p.jobTitle === 'Kvalitetschef') ?? production).id,
      dueDate: '2026-10-31',
      note: 'Gapet i SPC accepteras tills det nya mätsystemet är på plats. Omprövas vid kartläggningen 2027.',
    },
  ];
}

/** Per competence: the importance-weighted sum of shortfalls against the requirements, largest first. */
function measureGaps(firm: SeededFirm, plan: FirmRoles, current: ReadonlyMap<string, ReadonlyMap<string, number>>): Gap[] {
  const gaps = new Map<string, Gap & { targets: Map<number, number>; roles: Map<RoleDraft, number> }>();
  for (const person of firm.people) {
    const levels = current.get(person.id);
    if (!levels) continue;
    const roles = rolesOfPerson(plan, person);
    for (const requirement of personRequirements(roles)) {
      const level = levels.get(requirement.code);
      if (level === undefined || level >= requirement.required) continue;
      const role = roles.find((r) => r.requirements.some((q) => q.code === requirement.code)) as RoleDraft;
      const gap = gaps.get(requirement.code) ?? { code: requirement.code, weighted: 0, below: 0, target: 0, role, targets: new Map(), roles: new Map() };
      gap.weighted += (requirement.required - level) * importanceWeight[requirement.importance];
      gap.below += 1;
      gap.targets.set(requirement.required, (gap.targets.get(requirement.required) ?? 0) + 1);
      gap.roles.set(role, (gap.roles.get(role) ?? 0) + 1);
      gaps.set(requirement.code, gap);
    }
  }
  return [...gaps.values()]
    .map((g) => ({ code: g.code, weighted: g.weighted, below: g.below, target: mostCommon(g.targets), role: mostCommon(g.roles) }))
    .sort((a, b) => b.weighted - a.weighted || (a.code < b.code ? -1 : 1));
}

function mostCommon<T>(counts: ReadonlyMap<T, number>): T {
  let best: [T, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  if (!best) throw new Error('demo seed: nothing to count');
  return best[0];
}

/** The production manager owns the plan where there is one, else the managing director. */
function ownerOf(firm: SeededFirm): SeededPerson {
  const owner = firm.people.find((p) => p.jobTitle === 'Produktionschef') ?? firm.people.find((p) => p.jobTitle === 'VD');
  if (!owner) throw new Error(`demo seed: ${firm.seed.row.name} has nobody to own its supply plan`);
  return owner;
}

function noteFor(decision: SupplyDecision, competence: string, role: string, people: number, dueDate: string): string {
  const count = people === 1 ? 'en person' : `${people} personer`;
  switch (decision) {
    case 'DEVELOP':
      return `Utbildning i ${competence} för ${count} i rollen ${role} inom programmet. Följs upp vid nästa kartläggning.`;
    case 'RECRUIT':
      return `Rekrytera ${count} med erfarenhet av ${competence} till rollen ${role}, gärna via praktik från Teknikcollege.`;
    case 'ACCEPT':
      return `Gapet i ${competence} accepteras tills vidare eftersom det påverkar leveranserna lite. Omprövas ${dueDate.slice(0, 4)}.`;
  }
}
