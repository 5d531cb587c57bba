import { programmeRegions, withCheckDigit } from '@smartkompetens/domain';
import { Random } from '@smartkompetens/db/seed/random';
import { id } from './ids.ts';
import type { DatasetSize } from './sizes.ts';

/** What the demo seed left in the database, which the generated rows refer to. */
export interface SeededContext {
  /** Programme-wide competences that are not retired: what generated roles require. */
  competenceIds: string[];
  providers: { id: string; regionCode: string | null }[];
  demoFirms: { id: string; regionCode: string }[];
  demoCounts: { employees: number; courses: number; occasions: number; enrolments: number };
  /** Organisation numbers already taken (the column is unique). */
  orgNumbers: Set<string>;
  /** The demo password's hash, for the contention firm's admin. */
  passwordHash: string;
}

export interface FirmPlan {
  n: number;
  id: string;
  name: string;
  orgNumber: string;
  regionCode: string;
  municipality: string;
  sniCode: string;
  industry: string;
  staff: number;
  /** Index of the firm's first person in the generated people. */
  firstEmployee: number;
  roles: RolePlan[];
}

export interface RolePlan {
  n: number;
  group: 'STAFF' | 'MANAGEMENT';
  name: string;
  requirements: { competenceId: string; level: number; importance: 'CRITICAL' | 'IMPORTANT' | 'USEFUL'; futureLevel: number | null }[];
}

export interface CoursePlan {
  n: number;
  providerId: string;
  providerRegion: string | null;
  format: 'CLASSROOM' | 'ON_SITE' | 'ONLINE' | 'BLENDED';
}

export interface OccasionPlan {
  n: number;
  course: CoursePlan;
  startsOn: string;
  online: boolean;
  regionCode: string | null;
  seats: number;
  status: 'PLANNED' | 'OPEN' | 'FULL' | 'CANCELLED' | 'HELD';
  registrationDeadline: string;
  tailoredFor: string | null;
  /** Enrolments on it, and how many of them hold a seat (never more than seats). */
  enrolments: number;
  seatHolding: number;
}

export interface BudgetPlan {
  n: number;
  level: 'PROGRAMME' | 'REGION' | 'COMPANY';
  regionCode: string | null;
  companyId: string | null;
  name: string;
  lines: { n: number; category: string; source: string; amount: number; coFinancingBp: number; entries: number }[];
}

export interface DatasetPlan {
  size: DatasetSize;
  seed: number;
  context: SeededContext;
  /** The contention firm first, then the generated firms. */
  firms: FirmPlan[];
  /** Per generated person: their firm (index into firms), role(s) (index into the firm's roles), group. */
  people: { firm: Int32Array; role: Int32Array; secondRole: Int32Array; management: Uint8Array };
  providers: { n: number; id: string; name: string; regionCode: string | null; orgNumber: string }[];
  courses: CoursePlan[];
  occasions: OccasionPlan[];
  budgets: BudgetPlan[];
  /** The contention scenario: its firm, its occasions and its small budget line. */
  contention: { firmId: string; occasionIds: string[]; budgetLineId: string; adminEmail: string };
}

export const BENCH_SEED = 20_261_128;
export const CONTENTION_ADMIN_EMAIL = 'bench.foretag@bench.smartkompetens.se';
/** Dates are fixed, like the demo's: past occasions end before this day, future ones start after it. */
export const BENCH_TODAY = '2026-11-25';
export const CONTENTION_OCCASIONS = 10;
export const CONTENTION_SEATS = 5;
/** 1 000 kr: a line the overspend scenario's 10 kr commitments exhaust after 100. */
export const CONTENTION_LINE_AMOUNT = 100_000;

const industries: readonly (readonly [string, string])[] = [
  ['24.510', 'Gjutning av järn'],
  ['24.520', 'Gjutning av stål'],
  ['24.530', 'Gjutning av lättmetall'],
  ['24.100', 'Framställning av järn och stål samt ferrolegeringar'],
  ['25.620', 'Metallegoarbeten'],
  ['25.110', 'Tillverkning av metallstommar och delar därav'],
  ['27.110', 'Tillverkning av elmotorer, generatorer och transformatorer'],
  ['28.290', 'Tillverkning av övriga maskiner för allmänt ändamål'],
  ['29.200', 'Tillverkning av karosserier för motorfordon; tillverkning av släpfordon och påhängsvagnar'],
  ['22.290', 'Tillverkning av övriga plastvaror'],
];
const towns: Record<string, readonly string[]> = {
  '03': ['Uppsala', 'Enköping', 'Tierp', 'Östhammar', 'Knivsta'],
  '04': ['Eskilstuna', 'Nyköping', 'Katrineholm', 'Strängnäs', 'Flen'],
  '05': ['Linköping', 'Norrköping', 'Motala', 'Mjölby', 'Finspång'],
  '18': ['Örebro', 'Karlskoga', 'Degerfors', 'Hallsberg', 'Kumla'],
  '19': ['Västerås', 'Köping', 'Arboga', 'Fagersta', 'Sala'],
};
const trades = ['Mekaniska', 'Gjuteri', 'Svets', 'Precisionsteknik', 'Plåt', 'Verkstads', 'Hydraulik', 'Elmotor', 'Härdverk', 'Industri'];
const roleNames = ['Operatör', 'Montör', 'Svetsare', 'CNC-operatör', 'Underhållstekniker', 'Produktionstekniker', 'Kvalitetstekniker', 'Lagerarbetare'];
const managementRoles = ['Produktionschef', 'Arbetsledare'];

export function townsOf(regionCode: string): readonly string[] {
  return towns[regionCode] ?? ['Uppsala'];
}

/**
 * Decides everything about the dataset that is small enough to hold in memory — firms, roles,
 * who works where, courses, occasions, budgets — so the big tables can be streamed from it
 * in any order, each from its own random stream, and come out the same every run.
 */
export function planDataset(size: DatasetSize, context: SeededContext, seed = BENCH_SEED): DatasetPlan {
  const random = Random.forLabel(seed, 'plan');
  const regions = programmeRegions.map((r) => r.code as string);
  const orgNumbers = new Set(context.orgNumbers);
  let orgCounter = 0;
  const nextOrgNumber = (): string => {
    for (;;) {
      orgCounter++;
      // 55xxxx-xxxx: a limited company's number (third digit ≥ 2), Luhn-checked.
      const digits = `559${String(orgCounter).padStart(6, '0')}`;
      const candidate = withCheckDigit(digits);
      const formatted = candidate.includes('-') ? candidate : `${candidate.slice(0, 6)}-${candidate.slice(6)}`;
      if (!orgNumbers.has(formatted)) {
        orgNumbers.add(formatted);
        return formatted;
      }
    }
  };

  // Firms: the contention firm, then enough generated firms to reach the size's total.
  const generatedFirms = Math.max(0, size.firms - context.demoFirms.length - 1);
  const peopleToPlace = Math.max(0, size.employees - context.demoCounts.employees - size.contentionStaff);
  const weights = Array.from({ length: generatedFirms }, () => random.weighted<[number, number]>([[[5, 15], 30], [[20, 50], 40], [[60, 150], 25], [[150, 300], 5]]));
  const drawn = weights.map(([lo, hi]) => random.int(lo, hi));
  const drawnTotal = drawn.reduce((a, b) => a + b, 0) || 1;
  const staffCounts = [size.contentionStaff, ...drawn.map((d) => Math.max(3, Math.round((d * peopleToPlace) / drawnTotal)))];

  const firms: FirmPlan[] = [];
  let firstEmployee = 0;
  let roleCounter = 0;
  for (let n = 0; n < staffCounts.length; n++) {
    const staff = staffCounts[n]!;
    const regionCode = n === 0 ? '03' : random.pick(regions);
    const [sniCode, industry] = random.pick(industries);
    // A firm's roles draw on one focus area of the framework, as real firms' profiles do.
    const focus = random.shuffled(context.competenceIds).slice(0, Math.min(25, context.competenceIds.length));
    const roleCount = staff < 15 ? 2 : staff < 60 ? 4 : 6;
    const roles: RolePlan[] = [];
    for (let r = 0; r < roleCount; r++) {
      const management = r === roleCount - 1 && staff >= 10;
      const names = management ? managementRoles : roleNames;
      const picked = random.shuffled(focus).slice(0, random.int(6, 12));
      roles.push({
        n: roleCounter++,
        group: management ? 'MANAGEMENT' : 'STAFF',
        name: `${names[r % names.length]} ${r + 1}`,
        requirements: picked.map((competenceId) => {
          const level = random.int(2, 4);
          return {
            competenceId,
            level,
            importance: random.weighted<'CRITICAL' | 'IMPORTANT' | 'USEFUL'>([['CRITICAL', 2], ['IMPORTANT', 5], ['USEFUL', 3]]),
            futureLevel: random.chance(0.2) ? Math.min(5, level + 1) : null,
          };
        }),
      });
    }
    firms.push({
      n,
      id: id('company', n),
      name: n === 0 ? 'Benchverkstaden i Uppsala AB' : `${random.pick(townsOf(regionCode))} ${random.pick(trades)} ${n} AB`,
      orgNumber: nextOrgNumber(),
      regionCode,
      municipality: random.pick(townsOf(regionCode)),
      sniCode,
      industry,
      staff,
      firstEmployee,
      roles,
    });
    firstEmployee += staff;
  }

  const people = {
    firm: new Int32Array(firstEmployee),
    role: new Int32Array(firstEmployee),
    secondRole: new Int32Array(firstEmployee).fill(-1),
    management: new Uint8Array(firstEmployee),
  };
  for (const firm of firms) {
    const staffRoles = firm.roles.map((r, i) => [r, i] as const).filter(([r]) => r.group === 'STAFF').map(([, i]) => i);
    const managementRoleIndex = firm.roles.findIndex((r) => r.group === 'MANAGEMENT');
    for (let p = firm.firstEmployee; p < firm.firstEmployee + firm.staff; p++) {
      const management = managementRoleIndex >= 0 && random.chance(0.1);
      people.firm[p] = firm.n;
      people.management[p] = management ? 1 : 0;
      people.role[p] = management ? managementRoleIndex : random.pick(staffRoles);
      if (!management && staffRoles.length > 1 && random.chance(0.15)) {
        const second = random.pick(staffRoles);
        if (second !== people.role[p]) people.secondRole[p] = second;
      }
    }
  }

  // Providers and courses: the demo's providers and, at scale, more of them.
  const generatedCourses = Math.max(0, size.courses - context.demoCounts.courses - 1);
  const providerCount = Math.ceil(generatedCourses / 120);
  const providers = Array.from({ length: providerCount }, (_, n) => {
    const regionCode = random.chance(0.2) ? null : random.pick(regions);
    return { n, id: id('provider', n), name: `Utbildningsbolaget ${n + 1} AB`, regionCode, orgNumber: nextOrgNumber() };
  });
  const providerPool = [...context.providers, ...providers.map((p) => ({ id: p.id, regionCode: p.regionCode }))];
  const partner = context.providers[0] ?? providerPool[0];
  if (!partner) throw new Error('the demo seed has no providers');
  const courses: CoursePlan[] = [{ n: 0, providerId: partner.id, providerRegion: partner.regionCode, format: 'CLASSROOM' }];
  for (let n = 1; n <= generatedCourses; n++) {
    const provider = random.pick(providerPool);
    courses.push({
      n,
      providerId: provider.id,
      providerRegion: provider.regionCode,
      format: random.weighted<CoursePlan['format']>([['CLASSROOM', 5], ['ON_SITE', 2], ['ONLINE', 2], ['BLENDED', 1]]),
    });
  }

  // Occasions: the contention occasions (course 0, open, few seats), then the generated ones.
  const contentionFirm = firms[0]!;
  const occasions: OccasionPlan[] = [];
  for (let n = 0; n < CONTENTION_OCCASIONS; n++) {
    occasions.push({
      n,
      course: courses[0]!,
      startsOn: '2027-06-14',
      online: false,
      regionCode: '03',
      seats: CONTENTION_SEATS,
      status: 'OPEN',
      registrationDeadline: '2027-06-01',
      tailoredFor: contentionFirm.id,
      enrolments: 0,
      seatHolding: 0,
    });
  }
  const generatedOccasions = Math.max(0, size.occasions - context.demoCounts.occasions - CONTENTION_OCCASIONS);
  const generatedEnrolments = Math.max(0, size.enrolments - context.demoCounts.enrolments);
  const meanEnrolments = generatedOccasions ? generatedEnrolments / generatedOccasions : 0;
  const firstDay = Date.UTC(2026, 2, 1);
  const lastDay = Date.UTC(2027, 11, 1);
  for (let i = 0; i < generatedOccasions && courses.length > 1; i++) {
    const course = courses[1 + (i % (courses.length - 1))]!;
    const starts = new Date(firstDay + random.int(0, (lastDay - firstDay) / 86_400_000) * 86_400_000);
    const startsOn = starts.toISOString().slice(0, 10);
    const online = course.format === 'ONLINE' || random.chance(0.1);
    const seats = random.int(8, 24);
    const past = startsOn < BENCH_TODAY;
    const status: OccasionPlan['status'] = past
      ? random.chance(0.05) ? 'CANCELLED' : 'HELD'
      : random.weighted<OccasionPlan['status']>([['OPEN', 85], ['PLANNED', 12], ['CANCELLED', 3]]);
    const enrolments = meanEnrolments ? random.int(0, Math.round(2 * meanEnrolments)) : 0;
    const seatHolding = status === 'CANCELLED' || status === 'PLANNED' ? 0 : Math.min(seats, Math.round(enrolments * (past ? 0.88 : 0.8)));
    occasions.push({
      n: occasions.length,
      course,
      startsOn,
      online,
      regionCode: online ? (random.chance(0.5) ? null : course.providerRegion) : (course.providerRegion ?? random.pick(regions)),
      seats,
      status: status === 'OPEN' && seatHolding >= seats ? 'FULL' : status,
      registrationDeadline: new Date(starts.getTime() - random.int(7, 21) * 86_400_000).toISOString().slice(0, 10),
      tailoredFor: null,
      enrolments: firstEmployee > size.contentionStaff ? enrolments : 0,
      seatHolding: firstEmployee > size.contentionStaff ? seatHolding : 0,
    });
  }

  // Budgets: the programme's, one per county, one per firm (the demo's too), and the
  // contention firm's small line; ledger entries spread over the ordinary lines.
  const budgets: BudgetPlan[] = [];
  let lineCounter = 0;
  const line = (category: string, source: string, amountKr: number, coFinancingBp = 0) => ({
    n: lineCounter++,
    category,
    source,
    amount: amountKr * 100,
    coFinancingBp,
    entries: 0,
  });
  budgets.push({ n: 0, level: 'PROGRAMME', regionCode: null, companyId: null, name: 'Programmet 2026–2027', lines: [line('OTHER', 'PROGRAMME_GRANT', 50_000_000), line('COURSE_FEES', 'PROGRAMME_GRANT', 100_000_000)] });
  for (const regionCode of regions) {
    budgets.push({
      n: budgets.length,
      level: 'REGION',
      regionCode,
      companyId: null,
      name: `Delprojekt ${regionCode} 2026–2027`,
      lines: [line('COURSE_FEES', 'PROGRAMME_GRANT', 20_000_000), line('TRAVEL', 'REGIONAL', 2_000_000), line('OTHER', 'REGIONAL', 5_000_000)],
    });
  }
  const firmBudgets = [...context.demoFirms.map((f) => ({ id: f.id, regionCode: f.regionCode })), ...firms.map((f) => ({ id: f.id, regionCode: f.regionCode }))];
  for (const firm of firmBudgets) {
    budgets.push({
      n: budgets.length,
      level: 'COMPANY',
      regionCode: firm.regionCode,
      companyId: firm.id,
      name: 'Kompetensutveckling 2026–2027',
      lines: [
        line('COURSE_FEES', 'PROGRAMME_GRANT', random.int(200, 2_000) * 1_000),
        line('COURSE_FEES', 'OWN_CONTRIBUTION', random.int(100, 1_000) * 1_000, 5_000),
        line('PARTICIPANT_TIME', 'OWN_CONTRIBUTION', random.int(200, 3_000) * 1_000, 10_000),
        line('TRAVEL', 'REGIONAL', random.int(20, 200) * 1_000),
      ],
    });
  }
  const ordinaryLines = budgets.flatMap((b) => b.lines);
  for (let i = 0; i < ordinaryLines.length; i++) {
    ordinaryLines[i]!.entries = Math.floor(size.ledgerEntries / ordinaryLines.length) + (i < size.ledgerEntries % ordinaryLines.length ? 1 : 0);
  }
  const contentionLine = line('COURSE_FEES', 'PROGRAMME_GRANT', CONTENTION_LINE_AMOUNT / 100);
  budgets.push({ n: budgets.length, level: 'COMPANY', regionCode: '03', companyId: contentionFirm.id, name: 'Bench: konkurrens om en liten budgetrad', lines: [contentionLine] });

  return {
    size,
    seed,
    context,
    firms,
    people,
    providers,
    courses,
    occasions,
    budgets,
    contention: {
      firmId: contentionFirm.id,
      occasionIds: occasions.slice(0, CONTENTION_OCCASIONS).map((o) => id('occasion', o.n)),
      budgetLineId: id('budgetLine', contentionLine.n),
      adminEmail: CONTENTION_ADMIN_EMAIL,
    },
  };
}
