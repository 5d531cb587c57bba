import { Random } from '@smartkompetens/db/seed/random';
import { id } from './ids.ts';
import { BENCH_TODAY, CONTENTION_ADMIN_EMAIL, townsOf, type DatasetPlan } from './plan.ts';

export type Value = string | number | boolean | null;

/** One table to COPY: its columns (generated columns left out) and its rows, streamed. */
export interface TableLoad {
  table: string;
  columns: string[];
  /** Rows in id order; a fresh iteration gives the same rows again. */
  rows(): Iterable<Value[]>;
}

const firstNames = {
  WOMAN: ['Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Emma', 'Kerstin', 'Ingrid', 'Linnéa', 'Elin', 'Johanna', 'Sofia', 'Malin', 'Åsa'],
  MAN: ['Erik', 'Lars', 'Karl', 'Anders', 'Johan', 'Per', 'Mikael', 'Jonas', 'Peter', 'Magnus', 'Oskar', 'Niklas', 'Björn', 'Göran', 'Ali'],
};
const lastNames = ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Pettersson', 'Jonsson', 'Lindberg', 'Öberg', 'Åkesson', 'Mohammed'];
const jobTitles = ['Operatör', 'Montör', 'Svetsare', 'CNC-operatör', 'Underhållstekniker', 'Produktionstekniker', 'Kvalitetstekniker', 'Lagerarbetare'];
const topics = [
  ['Svetsning MIG/MAG', 'Svetsmetoder, fogberedning och kontroll av svetsförband.'],
  ['TIG-svetsning i rostfritt', 'TIG-svetsning av rostfria material i praktiken.'],
  ['CNC-fräsning', 'Programmering och körning av fleroperationsmaskiner.'],
  ['CNC-svarvning', 'Svarvning med moderna styrsystem.'],
  ['Ritningsläsning och toleranser', 'Läsa ritningar, måttsättning och geometriska toleranser.'],
  ['Mätteknik', 'Mätmetoder, mätosäkerhet och koordinatmätmaskin.'],
  ['Lean produktion', 'Flöden, standardiserat arbete och ständiga förbättringar.'],
  ['Hydraulik', 'Hydraulsystemens komponenter, felsökning och underhåll.'],
  ['PLC-programmering', 'Styrsystem och programmering av PLC.'],
  ['Robotprogrammering', 'Programmering av industrirobotar och säkerhet vid robotceller.'],
  ['Gjutteknik', 'Formning, smältning och gjutfel.'],
  ['Härdning och värmebehandling', 'Metallurgi för värmebehandling av stål.'],
  ['Elsäkerhet för industrin', 'Elsäkerhetsföreskrifter och säkert arbete nära el.'],
  ['Truckkörning', 'Truckkort A+B med praktisk övning.'],
  ['Arbetsmiljö och BAM', 'Systematiskt arbetsmiljöarbete för chefer och skyddsombud.'],
  ['Ledarskap i produktion', 'Att leda team på verkstadsgolvet.'],
  ['Kvalitetsteknik', 'Statistisk processtyrning och avvikelsehantering.'],
  ['Förebyggande underhåll', 'Underhållsstrategier, TPM och driftsäkerhet.'],
] as const;
const levels = ['grund', 'fortsättning', 'fördjupning'];
const reasons = { COMMITMENT: 'Kursavgift, bokad', ACTUAL: 'Faktura kursavgift', RELEASE: 'Avbokad plats', REVERSAL: 'Rättelse' } as const;

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const at = (day: string) => `${day} 12:00:00+00`;
const assessFrom = Date.UTC(2022, 0, 3);
const assessTo = Date.UTC(2026, 8, 1);

/** Every generated table in an order that satisfies the foreign keys (the loader may run them in two lanes). */
export function datasetTables(plan: DatasetPlan): { lanes: TableLoad[][] } {
  const { firms, people, seed } = plan;
  const created = at('2026-01-15');

  const companies: TableLoad = {
    table: 'companies',
    columns: ['id', 'name', 'org_number', 'sni_code', 'industry', 'region_code', 'municipality', 'size', 'employee_count', 'created_at', 'updated_at'],
    *rows() {
      for (const f of firms) {
        const size = f.staff < 10 ? 'MICRO' : f.staff < 50 ? 'SMALL' : f.staff < 250 ? 'MEDIUM' : 'LARGE';
        yield [f.id, f.name, f.orgNumber, f.sniCode, f.industry, f.regionCode, f.municipality, size, f.staff, created, created];
      }
    },
  };

  const jobRoles: TableLoad = {
    table: 'job_roles',
    columns: ['id', 'company_id', 'name_sv', 'name_en', 'group', 'created_at', 'updated_at'],
    *rows() {
      for (const f of firms) for (const r of f.roles) yield [id('jobRole', r.n), f.id, r.name, null, r.group, created, created];
    },
  };

  const roleRequirements: TableLoad = {
    table: 'role_requirements',
    columns: ['role_id', 'competence_id', 'company_id', 'required_level', 'importance', 'future_level', 'future_by', 'created_at', 'updated_at'],
    *rows() {
      for (const f of firms) {
        for (const r of f.roles) {
          for (const q of r.requirements) {
            yield [id('jobRole', r.n), q.competenceId, f.id, q.level, q.importance, q.futureLevel, q.futureLevel === null ? null : '2028-12-31', created, created];
          }
        }
      }
    },
  };

  const employees: TableLoad = {
    table: 'employees',
    columns: ['id', 'company_id', 'first_name', 'last_name', 'email', 'job_title', 'group', 'employment_start', 'hourly_cost', 'birth_year', 'gender', 'education_level', 'version', 'created_at', 'updated_at'],
    *rows() {
      const random = Random.forLabel(seed, 'employees');
      for (let p = 0; p < people.firm.length; p++) {
        const firm = firms[people.firm[p]!]!;
        const gender = random.weighted<'WOMAN' | 'MAN' | 'NON_BINARY'>([['MAN', 72], ['WOMAN', 27], ['NON_BINARY', 1]]);
        const first = random.pick(firstNames[gender === 'WOMAN' ? 'WOMAN' : 'MAN']);
        const last = random.pick(lastNames);
        const management = people.management[p] === 1;
        yield [
          id('employee', p),
          firm.id,
          first,
          last,
          `anst${p - firm.firstEmployee + 1}@foretag${firm.n}.bench.smartkompetens.se`,
          management ? 'Produktionschef' : random.pick(jobTitles),
          management ? 'MANAGEMENT' : 'STAFF',
          isoDay(Date.UTC(random.int(1990, 2025), random.int(0, 11), 1)),
          random.int(250, 650) * 100,
          random.int(1961, 2006),
          gender,
          random.weighted<string>([['ISCED_0_2', 15], ['ISCED_3_4', 65], ['ISCED_5_8', 20]]),
          1,
          created,
          created,
        ];
      }
    },
  };

  const employeeRoles: TableLoad = {
    table: 'employee_roles',
    columns: ['employee_id', 'role_id', 'company_id', 'created_at', 'updated_at'],
    *rows() {
      for (let p = 0; p < people.firm.length; p++) {
        const firm = firms[people.firm[p]!]!;
        for (const r of [people.role[p]!, people.secondRole[p]!]) {
          if (r >= 0) yield [id('employee', p), id('jobRole', firm.roles[r]!.n), firm.id, created, created];
        }
      }
    },
  };

  /**
   * Each person's history per required competence: mostly self-assessments, managers' now and
   * then, levels creeping up; one requirement in ten never assessed (the unassessed gaps);
   * a few competences beyond the role too.
   */
  const assessments: TableLoad = {
    table: 'assessments',
    columns: ['id', 'company_id', 'employee_id', 'competence_id', 'level', 'source', 'assessed_on', 'created_at'],
    *rows() {
      const random = Random.forLabel(seed, 'assessments');
      const all = plan.context.competenceIds;
      let n = 0;
      for (let p = 0; p < people.firm.length; p++) {
        const firm = firms[people.firm[p]!]!;
        const needs = new Map<string, number>();
        for (const r of [people.role[p]!, people.secondRole[p]!]) {
          if (r < 0) continue;
          for (const q of firm.roles[r]!.requirements) needs.set(q.competenceId, Math.max(needs.get(q.competenceId) ?? 0, q.level));
        }
        const extras = random.int(2, 8);
        for (let e = 0; e < extras; e++) {
          const c = random.pick(all);
          if (!needs.has(c)) needs.set(c, random.int(1, 3));
        }
        const employeeId = id('employee', p);
        for (const [competenceId, required] of needs) {
          if (random.chance(0.1)) continue;
          const count = random.int(1, 5);
          let level = Math.max(1, Math.min(5, required + random.int(-2, 1)));
          let day = assessFrom + random.int(0, 400) * DAY;
          const step = Math.max(DAY, Math.floor((assessTo - day) / count));
          for (let k = 0; k < count; k++) {
            const source = k === 0 || random.chance(0.5) ? 'SELF' : 'MANAGER';
            const on = isoDay(Math.min(assessTo, day));
            yield [id('assessment', n++), firm.id, employeeId, competenceId, level, source, on, at(on)];
            if (level < 5 && random.chance(0.3)) level++;
            day += random.int(Math.floor(step / DAY / 2), Math.floor(step / DAY)) * DAY;
          }
        }
      }
    },
  };

  const users: TableLoad = {
    table: 'users',
    columns: ['id', 'email', 'display_name', 'password_hash', 'locale', 'created_at', 'updated_at'],
    *rows() {
      yield [id('user', 0), CONTENTION_ADMIN_EMAIL, 'Bench Företagsadmin', plan.context.passwordHash, 'sv', created, created];
    },
  };

  const memberships: TableLoad = {
    table: 'memberships',
    columns: ['id', 'user_id', 'role', 'company_id', 'created_at', 'updated_at'],
    *rows() {
      yield [id('membership', 0), id('user', 0), 'COMPANY_ADMIN', plan.contention.firmId, created, created];
    },
  };

  const providers: TableLoad = {
    table: 'providers',
    columns: ['id', 'name', 'org_number', 'region_code', 'website', 'is_partner', 'created_at', 'updated_at'],
    *rows() {
      for (const p of plan.providers) yield [p.id, p.name, p.orgNumber, p.regionCode, null, false, created, created];
    },
  };

  const courses: TableLoad = {
    table: 'courses',
    columns: ['id', 'provider_id', 'title_sv', 'title_en', 'description_sv', 'description_en', 'audience', 'format', 'language', 'length_hours', 'price_per_participant', 'price_per_occasion', 'retired_at', 'version', 'created_at', 'updated_at'],
    *rows() {
      const random = Random.forLabel(seed, 'courses');
      for (const c of plan.courses) {
        const [title, description] = c.n === 0 ? ['Benchkurs: konkurrens om platser', 'Kurstillfällen med få platser för lasttestet.'] : random.pick(topics);
        const level = random.pick(levels);
        const perOccasion = random.chance(0.15);
        yield [
          id('course', c.n),
          c.providerId,
          c.n === 0 ? title : `${title}, ${level} ${c.n}`,
          null,
          `${description} Nivå: ${level}.`,
          null,
          random.weighted<string>([['BOTH', 5], ['STAFF', 4], ['MANAGEMENT', 1]]),
          c.format,
          'sv',
          random.int(4, 80),
          perOccasion ? null : random.int(20, 250) * 10_000,
          perOccasion ? random.int(200, 800) * 10_000 : null,
          c.n > 0 && random.chance(0.03) ? created : null,
          1,
          created,
          created,
        ];
      }
    },
  };

  const courseCompetences: TableLoad = {
    table: 'course_competences',
    columns: ['course_id', 'competence_id', 'target_level'],
    *rows() {
      const random = Random.forLabel(seed, 'course_competences');
      for (const c of plan.courses) {
        const picked = new Set<string>();
        const count = random.int(1, 3);
        while (picked.size < count) picked.add(random.pick(plan.context.competenceIds));
        for (const competenceId of picked) yield [id('course', c.n), competenceId, random.int(2, 5)];
      }
    },
  };

  const occasions: TableLoad = {
    table: 'occasions',
    columns: ['id', 'course_id', 'provider_id', 'starts_on', 'ends_on', 'online', 'region_code', 'municipality', 'seats', 'registration_deadline', 'status', 'tailored_for_company_id', 'version', 'created_at', 'updated_at'],
    *rows() {
      const random = Random.forLabel(seed, 'occasions');
      for (const o of plan.occasions) {
        const ends = isoDay(Date.parse(o.startsOn) + random.int(0, 4) * DAY);
        const municipality = o.regionCode ? random.pick(townsOf(o.regionCode)) : null;
        yield [id('occasion', o.n), id('course', o.course.n), o.course.providerId, o.startsOn, ends, o.online, o.regionCode, municipality, o.seats, o.registrationDeadline, o.status, o.tailoredFor, 1, created, created];
      }
    },
  };

  /**
   * Enrolments as the plan counted them per occasion: the first `seatHolding` hold a seat
   * (completed or attended when the occasion is past), the rest are cancelled, requested or
   * on the waiting list — never more seats held than the occasion has.
   */
  const enrolments: TableLoad = {
    table: 'enrolments',
    columns: ['id', 'occasion_id', 'employee_id', 'company_id', 'status', 'waitlisted_at', 'cancelled_at', 'created_at', 'updated_at'],
    *rows() {
      const random = Random.forLabel(seed, 'enrolments');
      // The contention firm's people are left free for the enrolment scenario.
      const first = plan.size.contentionStaff;
      const total = people.firm.length - first;
      let n = 0;
      for (const o of plan.occasions) {
        if (!o.enrolments || total <= 0) continue;
        const past = o.startsOn < BENCH_TODAY;
        const chosen = new Set<number>();
        while (chosen.size < Math.min(o.enrolments, total)) chosen.add(first + random.int(0, total - 1));
        let k = 0;
        for (const p of chosen) {
          let status: string;
          if (o.status === 'CANCELLED') status = 'CANCELLED';
          else if (k < o.seatHolding) status = past ? random.weighted<string>([['COMPLETED', 80], ['ATTENDED', 12], ['NO_SHOW', 8]]) : 'CONFIRMED';
          else if (past) status = 'CANCELLED';
          else if (o.status === 'PLANNED') status = 'REQUESTED';
          else status = o.status === 'FULL' ? 'WAITLISTED' : random.weighted<string>([['REQUESTED', 6], ['CANCELLED', 4]]);
          k++;
          const day = at(isoDay(Date.parse(o.registrationDeadline) - random.int(1, 60) * DAY));
          const firm = firms[people.firm[p]!]!;
          yield [id('enrolment', n++), id('occasion', o.n), id('employee', p), firm.id, status, status === 'WAITLISTED' ? day : null, status === 'CANCELLED' ? day : null, day, day];
        }
      }
    },
  };

  const budgets: TableLoad = {
    table: 'budgets',
    columns: ['id', 'level', 'region_code', 'company_id', 'name', 'period_start', 'period_end', 'created_at', 'updated_at'],
    *rows() {
      for (const b of plan.budgets) yield [id('budget', b.n), b.level, b.regionCode, b.companyId, b.name, '2026-01-01', '2027-12-31', created, created];
    },
  };

  const budgetLines: TableLoad = {
    table: 'budget_lines',
    columns: ['id', 'budget_id', 'company_id', 'region_code', 'category', 'source', 'amount', 'co_financing_share_bp', 'created_at', 'updated_at'],
    *rows() {
      for (const b of plan.budgets) {
        for (const l of b.lines) yield [id('budgetLine', l.n), id('budget', b.n), b.companyId, b.regionCode, l.category, l.source, l.amount, l.coFinancingBp, created, created];
      }
    },
  };

  /**
   * Each line's ledger in date order: commitments and actuals that stay within the line (the
   * data never overspends, as the guard would refuse it), releases of what is committed, and
   * reversals of earlier entries, each reversed at most once.
   */
  const ledgerEntries: TableLoad = {
    table: 'ledger_entries',
    columns: ['id', 'budget_line_id', 'budget_id', 'company_id', 'region_code', 'kind', 'amount', 'occurred_on', 'reason', 'invoice_number', 'reverses_entry_id', 'created_at'],
    *rows() {
      const random = Random.forLabel(seed, 'ledger_entries');
      const from = Date.UTC(2026, 0, 15);
      const span = (Date.UTC(2026, 10, 20) - from) / DAY;
      let n = 0;
      for (const b of plan.budgets) {
        for (const l of b.lines) {
          let committed = 0;
          let actual = 0;
          const reversible: { n: number; kind: 'COMMITMENT' | 'ACTUAL'; amount: number }[] = [];
          const unit = Math.max(100, Math.floor(l.amount / Math.max(1, l.entries) / 2));
          for (let k = 0; k < l.entries; k++) {
            const on = isoDay(from + Math.floor((k * span) / l.entries) * DAY);
            const roll = random.next();
            let kind: 'COMMITMENT' | 'ACTUAL' | 'RELEASE' | 'REVERSAL' = roll < 0.45 ? 'COMMITMENT' : roll < 0.8 ? 'ACTUAL' : roll < 0.9 ? 'RELEASE' : 'REVERSAL';
            let amount = random.int(Math.ceil(unit / 4), unit);
            let reverses: number | null = null;
            if (kind === 'RELEASE') {
              if (committed <= 100) kind = 'COMMITMENT';
              else amount = -random.int(1, Math.floor(committed / 4));
            }
            if (kind === 'REVERSAL') {
              const target = reversible.length ? reversible.splice(random.int(0, reversible.length - 1), 1)[0]! : undefined;
              if (target && (target.kind === 'ACTUAL' || committed >= target.amount)) {
                reverses = target.n;
                amount = -target.amount;
                if (target.kind === 'ACTUAL') actual -= target.amount;
                else committed -= target.amount;
              } else kind = 'COMMITMENT';
            }
            if (kind === 'COMMITMENT') {
              if (committed + amount > l.amount) kind = 'ACTUAL';
              else committed += amount;
            }
            if (kind === 'ACTUAL') {
              if (actual + amount > l.amount) continue;
              actual += amount;
            }
            if (kind === 'RELEASE') committed += amount;
            if ((kind === 'COMMITMENT' || kind === 'ACTUAL') && random.chance(0.1)) reversible.push({ n, kind, amount });
            yield [
              id('ledgerEntry', n++),
              id('budgetLine', l.n),
              id('budget', b.n),
              b.companyId,
              b.regionCode,
              kind,
              amount,
              on,
              reasons[kind],
              kind === 'ACTUAL' ? `F${100000 + n}` : null,
              reverses === null ? null : id('ledgerEntry', reverses),
              at(on),
            ];
          }
        }
      }
    },
  };

  return {
    lanes: [
      [companies, jobRoles, roleRequirements, employees, employeeRoles, assessments],
      [users, memberships, providers, courses, courseCompetences, occasions, enrolments, budgets, budgetLines, ledgerEntries],
    ],
  };
}
