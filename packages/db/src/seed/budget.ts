import { sql } from 'drizzle-orm';
import type { Executor } from '../client.ts';
import { minutesInMonth } from '../participant-time.ts';

export interface BudgetSeedInput {
  demoCompanyId: string;
  companyAdminUserId: string;
  regionAdminUserId: string;
  programmeAdminUserId: string;
}

/** The programme's project phase: every demo budget covers it. */
export const BUDGET_PERIOD = { start: '2026-07-01', end: '2027-12-31' } as const;
/** Months the firms have reported (locked) in the demo; later months are still open to attest. */
export const REPORTED_MONTHS = ['2026-09-01', '2026-10-01'] as const;

/**
 * Budgets and the ledger of the demo, derived in SQL from the catalogue seed so every figure
 * follows the platform's own rules and traces back to an enrolment, an invoice or attested time:
 *
 * - the programme's budget (grant for coordination), each county's (regional funding for
 *   network meetings and travel), and one per firm for the project phase: course fees from the
 *   programme grant, participant time as the firm's own contribution (100 % co-financing), travel;
 * - a firm's lines are sized from what its enrolments commit, with room to spare — except the
 *   demo firm's course-fee line, which leaves room for only a few more courses (so the overspend
 *   guard and the override request can be tried);
 * - every seat held commits its fee and participant time, dated on the occasion's start;
 * - held occasions are invoiced (one invoice per firm and occasion, a week after the end);
 * - attended and completed participants' time is attested for September–November 2026 and the
 *   firms have reported September and October (locked); November is still open;
 * - completed courses outside the demo firm are mostly followed by a manager's reassessment;
 * - the demo firm has one override request waiting for Region Uppsala.
 */
export async function insertBudgetData(tx: Executor, input: BudgetSeedInput): Promise<void> {
  const { start, end } = BUDGET_PERIOD;
  // The programme's and the counties' budgets.
  await tx.execute(sql`
    with p as (
      insert into budgets (level, name, period_start, period_end) values ('PROGRAMME', 'Smart kompetens – programmets samordning', ${start}, ${end}) returning id
    )
    insert into budget_lines (budget_id, category, source, amount)
    select p.id, c.category::cost_category, 'PROGRAMME_GRANT', c.amount from p,
      (values ('OTHER', 250000000::bigint), ('TRAVEL', 30000000::bigint)) as c(category, amount)`);
  await tx.execute(sql`
    with r as (
      insert into budgets (level, region_code, name, period_start, period_end)
      select 'REGION', code, 'Delprojekt ' || name, ${start}::date, ${end}::date from regions returning id, region_code
    )
    insert into budget_lines (budget_id, region_code, category, source, amount)
    select r.id, r.region_code, c.category::cost_category, 'REGIONAL', c.amount from r,
      (values ('OTHER', 60000000::bigint), ('TRAVEL', 8000000::bigint)) as c(category, amount)`);

  // What each seat commits: the fee and the participant time (course hours × hourly cost).
  const seats = sql`
    select en.id as enrolment_id, en.company_id, en.employee_id, en.status, o.id as occasion_id, o.starts_on, o.ends_on, c.title_sv,
      coalesce(c.price_per_participant, 0) as fee, c.length_hours * e.hourly_cost as time_cost
    from enrolments en
    join occasions o on o.id = en.occasion_id
    join courses c on c.id = o.course_id
    join employees e on e.id = en.employee_id
    where en.status in ('CONFIRMED', 'ATTENDED', 'COMPLETED', 'NO_SHOW')
      and o.starts_on between ${start}::date and ${end}::date`;

  // One budget per firm, its lines sized from its seats (rounded up to whole 10 000 kr).
  await tx.execute(sql`
    with b as (
      insert into budgets (level, region_code, company_id, name, period_start, period_end)
      select 'COMPANY', region_code, id, 'Smart kompetens 2026–2027', ${start}::date, ${end}::date from companies returning id, company_id, region_code
    ),
    s as (select company_id, sum(fee) as fees, sum(time_cost) as time from (${seats}) x group by company_id),
    sized as (
      select b.id, b.company_id, b.region_code,
        case when b.company_id = ${input.demoCompanyId}::uuid then coalesce(s.fees, 0) + 6000000
             else greatest(5000000, ceil(coalesce(s.fees, 0) * 1.4 / 1000000) * 1000000) end as fees,
        greatest(5000000, ceil(coalesce(s.time, 0) * 1.3 / 1000000) * 1000000) as time
      from b left join s on s.company_id = b.company_id
    )
    insert into budget_lines (budget_id, company_id, region_code, category, source, amount, co_financing_share_bp)
    select id, company_id, region_code, 'COURSE_FEES'::cost_category, 'PROGRAMME_GRANT'::funding_source, fees::bigint, 0 from sized
    union all select id, company_id, region_code, 'PARTICIPANT_TIME'::cost_category, 'OWN_CONTRIBUTION'::funding_source, time::bigint, 10000 from sized
    union all select id, company_id, region_code, 'TRAVEL'::cost_category, 'OWN_CONTRIBUTION'::funding_source, 2000000, 10000 from sized`);

  const lineRef = (category: string) => sql`
    join budget_lines l on l.category = ${category}::cost_category and l.company_id = x.company_id
    join budgets b on b.id = l.budget_id and b.level = 'COMPANY'`;

  // Commitments: every seat, fee and time, dated on the occasion's start.
  await tx.execute(sql`
    insert into ledger_entries (budget_line_id, budget_id, company_id, region_code, kind, amount, occurred_on, reason, enrolment_id, created_by_user_id)
    select l.id, l.budget_id, l.company_id, l.region_code, 'COMMITMENT'::ledger_kind, x.fee, x.starts_on, 'Course fee: ' || x.title_sv || ' (' || x.starts_on || ')', x.enrolment_id,
      case when x.company_id = ${input.demoCompanyId}::uuid then ${input.companyAdminUserId}::uuid end
    from (${seats}) x ${lineRef('COURSE_FEES')} where x.fee > 0
    union all
    select l.id, l.budget_id, l.company_id, l.region_code, 'COMMITMENT'::ledger_kind, x.time_cost, x.starts_on, 'Participant time: ' || x.title_sv || ' (' || x.starts_on || ')', x.enrolment_id,
      case when x.company_id = ${input.demoCompanyId}::uuid then ${input.companyAdminUserId}::uuid end
    from (${seats}) x ${lineRef('PARTICIPANT_TIME')} where x.time_cost > 0`);

  // Invoices for held occasions: one per firm and occasion, a week after it ended, numbered in an
  // order that does not depend on generated ids (the demo is the same every time).
  await tx.execute(sql`
    insert into ledger_entries (budget_line_id, budget_id, company_id, region_code, kind, amount, occurred_on, reason, invoice_number)
    select l.id, l.budget_id, l.company_id, l.region_code, 'ACTUAL', x.amount, x.ends_on + 7, 'Invoice: ' || x.title_sv || ' (' || x.starts_on || '), ' || x.people || ' participants',
      'F-' || to_char(x.ends_on, 'YYYYMMDD') || '-' || lpad((row_number() over (order by x.ends_on, co.name, x.title_sv, x.starts_on))::text, 4, '0')
    from (
      select company_id, occasion_id, starts_on, ends_on, title_sv, sum(fee) as amount, count(*) as people
      from (${seats}) s where status in ('ATTENDED', 'COMPLETED', 'NO_SHOW') and fee > 0
      group by company_id, occasion_id, starts_on, ends_on, title_sv
    ) x join companies co on co.id = x.company_id ${lineRef('COURSE_FEES')}`);

  // Attested participant time, per person and month, as planned (course hours spread evenly over the occasion's days).
  await tx.execute(sql`
    with months as (select generate_series('2026-09-01'::date, '2026-11-01'::date, interval '1 month')::date as month),
    planned as (
      select x.employee_id, x.company_id, m.month,
        sum(${minutesInMonth({ lengthHours: sql`c.length_hours`, startsOn: sql`o.starts_on`, endsOn: sql`o.ends_on`, month: sql`m.month` })})::int as minutes
      from enrolments x join occasions o on o.id = x.occasion_id join courses c on c.id = o.course_id
      join months m on o.starts_on < m.month + interval '1 month' and o.ends_on >= m.month
      where x.status in ('ATTENDED', 'COMPLETED') and o.ends_on < '2026-11-20'
      group by x.employee_id, x.company_id, m.month
    )
    insert into participant_time (employee_id, company_id, region_code, month, planned_minutes, minutes, hourly_cost, value, attested_by_user_id, attested_at)
    select p.employee_id, p.company_id, co.region_code, p.month, p.minutes, p.minutes, e.hourly_cost, (2 * p.minutes * e.hourly_cost + 60) / 120,
      case when p.company_id = ${input.demoCompanyId}::uuid then ${input.companyAdminUserId}::uuid end,
      (p.month + interval '1 month' + interval '3 days')::timestamptz
    from planned p join employees e on e.id = p.employee_id join companies co on co.id = p.company_id
    where p.minutes > 0 and p.month < '2026-11-01'`);
  await tx.execute(sql`
    with booked as (
      insert into ledger_entries (budget_line_id, budget_id, company_id, region_code, kind, amount, occurred_on, reason, participant_time_id, created_by_user_id)
      select l.id, l.budget_id, l.company_id, l.region_code, 'ACTUAL', x.value, x.month,
        'Attested participant time ' || to_char(x.month, 'YYYY-MM') || ': ' || to_char(x.minutes / 60.0, 'FM999990.00') || ' h', x.id, x.attested_by_user_id
      from participant_time x ${lineRef('PARTICIPANT_TIME')}
      where x.value > 0
      returning id, participant_time_id
    )
    update participant_time t set ledger_entry_id = booked.id from booked where booked.participant_time_id = t.id`);
  await tx.execute(sql`
    insert into participant_time_locks (company_id, month, locked_by_user_id, locked_at)
    select c.id, m.month::date, case when c.id = ${input.demoCompanyId}::uuid then ${input.companyAdminUserId}::uuid end, (m.month::date + interval '1 month' + interval '10 days')::timestamptz
    from companies c, unnest(${sql.raw(`array['${REPORTED_MONTHS.join("','")}']`)}::date[]) as m(month)`);

  // The counties' and programme's own costs: network meetings and coordination, quarterly.
  await tx.execute(sql`
    insert into ledger_entries (budget_line_id, budget_id, region_code, kind, amount, occurred_on, reason, invoice_number, created_by_user_id)
    select l.id, l.budget_id, l.region_code, 'ACTUAL', case when l.category = 'TRAVEL' then 1250000 else 9500000 end, q.on_date,
      case when l.category = 'TRAVEL' then 'Nätverksträff, resor' else 'Delprojektledning' end,
      'R-' || l.region_code || '-' || to_char(q.on_date, 'YYYYMM'),
      case when l.region_code = '03' then ${input.regionAdminUserId}::uuid end
    from budget_lines l join budgets b on b.id = l.budget_id and b.level = 'REGION',
      (values ('2026-09-30'::date), ('2026-11-15'::date)) as q(on_date)`);
  await tx.execute(sql`
    insert into ledger_entries (budget_line_id, budget_id, kind, amount, occurred_on, reason, invoice_number, created_by_user_id)
    select l.id, l.budget_id, 'ACTUAL', 42000000, '2026-09-30', 'Programledning Q3 2026', 'P-2026Q3', ${input.programmeAdminUserId}::uuid
    from budget_lines l join budgets b on b.id = l.budget_id and b.level = 'PROGRAMME' where l.category = 'OTHER'`);

  // Follow-up after completed courses: two in three participants outside the demo firm (whose
  // story keeps its reassessment prompts) are reassessed by their manager two weeks after the
  // course, one level up in each competence the course develops, up to its target — so training
  // effect and cost per closed gap level have something to show.
  await tx.execute(sql`
    insert into assessments (company_id, employee_id, competence_id, level, source, assessed_on, evidence, created_at)
    select en.company_id, en.employee_id, cc.competence_id, least(cc.target_level, cl.level + 1), 'MANAGER', o.ends_on + 14,
      'Efter kursen ' || c.title_sv, (o.ends_on + 14)::timestamptz
    from enrolments en
    join occasions o on o.id = en.occasion_id
    join courses c on c.id = o.course_id
    join course_competences cc on cc.course_id = c.id
    join employees e on e.id = en.employee_id
    join current_levels cl on cl.employee_id = en.employee_id and cl.competence_id = cc.competence_id
    where en.status = 'COMPLETED' and en.company_id <> ${input.demoCompanyId}::uuid and cl.level < cc.target_level
      and o.ends_on + 14 <= '2026-11-27'
      and mod(length(e.first_name) + length(e.last_name) + length(c.title_sv), 3) <> 0`);

  // One request waiting for Region Uppsala: the demo firm wants one more person on a course ahead.
  await tx.execute(sql`
    insert into budget_override_requests (company_id, region_code, occasion_id, employee_id, amount, reason, requested_by_user_id, created_at)
    select ${input.demoCompanyId}::uuid, co.region_code, o.id, e.id, coalesce(c.price_per_participant, 0) + c.length_hours * e.hourly_cost,
      'En ny order kräver att ytterligare en person har gått kursen före sommaren.', ${input.companyAdminUserId}::uuid, '2026-11-20T09:30:00Z'
    from companies co
    join lateral (
      select o.* from occasions o join courses c on c.id = o.course_id
      where o.status = 'OPEN' and o.starts_on > '2027-01-01' and c.price_per_participant > 0 and o.region_code = co.region_code
      order by o.starts_on, o.id limit 1
    ) o on true
    join courses c on c.id = o.course_id
    join lateral (
      select e.* from employees e where e.company_id = co.id and e.deactivated_at is null and e."group" = 'STAFF'
        and not exists (select 1 from enrolments x where x.employee_id = e.id and x.occasion_id = o.id)
      order by e.last_name, e.first_name, e.id limit 1
    ) e on true
    where co.id = ${input.demoCompanyId}::uuid`);
}
