import type { CostCategory, FundingSource } from '@smartkompetens/domain';
import { isIsoDate, isRegionCode } from '@smartkompetens/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { ServiceContext } from '../../auth/context.ts';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../../errors/index.ts';
import { rows } from '../../lib/sql.ts';
import { companiesByIds, regionsByCodes } from '../organisations/organisations.service.ts';
import { reportScope } from './budget.access.ts';
import { funderReportCsv, funderReportHtml, funderReportXlsx, type LedgerLine, type ReportContext } from './funder-report-file.ts';

/**
 * Follow-up across firms, computed in SQL: the funder report (costs per category and source
 * from the ledger, co-financing from attested participant time, participant statistics) and
 * the cost comparison (cost per participant, per training hour, per closed gap level).
 *
 * Definitions, one place:
 * - a cost figure is a ledger sum over entries dated in [from, to]: committed = commitments +
 *   releases, actual = actuals, each reversal counted in the kind it reverses — so every figure
 *   is a sum of ledger entries and can be traced with the same filter (`ledgerEntries`);
 * - co-financing = the actual on PARTICIPANT_TIME lines (attested time × salary cost);
 * - a participant is a person with attested training time in a month of the period; training
 *   hours are attested hours; age is counted at the period's end;
 * - courses held = occasions starting in the period where someone in scope attended or completed;
 * - closed gap levels = levels gained in a completed course's competences (latest assessment
 *   after the occasion versus before it), for occasions ending in the period.
 */

export interface Period {
  from: string;
  to: string;
}

function validatePeriod(period: Period): void {
  if (!isIsoDate(period.from)) throw new InvalidInputError([{ field: ['from'], code: 'INVALID', message: 'A date, YYYY-MM-DD' }]);
  if (!isIsoDate(period.to)) throw new InvalidInputError([{ field: ['to'], code: 'INVALID', message: 'A date, YYYY-MM-DD' }]);
  if (period.to < period.from) throw new InvalidInputError([{ field: ['to'], code: 'OUT_OF_RANGE', message: 'Must not be before from' }]);
}

/** The county a report covers (null: the whole programme), checked against the viewer. */
function checkScope(ctx: ServiceContext, regionCode: string | null | undefined, period: Period): string | null {
  validatePeriod(period);
  if (regionCode && !isRegionCode(regionCode)) throw new NotFoundError('Region', ['regionCode']);
  const scope = reportScope(ctx.viewer);
  if (scope.all) return regionCode ?? null;
  if (!scope.regionCodes.length) throw new ForbiddenError('Funder reports are for region and programme admins');
  if (!regionCode) {
    if (scope.regionCodes.length === 1) return scope.regionCodes[0]!;
    throw new ForbiddenError('Only programme admins see the whole programme: name a county');
  }
  if (!scope.regionCodes.includes(regionCode)) throw new ForbiddenError('Region admins see their own county');
  return regionCode;
}

const inRegion = (column: SQL, regionCode: string | null) => (regionCode ? sql`${column} = ${regionCode}` : sql`true`);

export interface CountRow {
  key: string;
  count: number;
}
export interface FunderCostRow {
  category: CostCategory;
  source: FundingSource;
  committed: bigint;
  actual: bigint;
  entries: number;
}
export interface FunderFirmRow {
  companyId: string;
  participants: number;
  attestedHours: number;
  actual: bigint;
  coFinancing: bigint;
}
export interface FunderReport {
  regionCode: string | null;
  from: string;
  to: string;
  costs: FunderCostRow[];
  totalCommitted: bigint;
  totalActual: bigint;
  coFinancing: bigint;
  attestedHours: number;
  participants: number;
  byGroup: CountRow[];
  byGender: CountRow[];
  byAgeBand: CountRow[];
  byEducation: CountRow[];
  coursesHeld: number;
  firms: number;
  firmRows: FunderFirmRow[];
  ledgerEntryCount: number;
}

const KEYS = {
  group: ['STAFF', 'MANAGEMENT'],
  gender: ['WOMAN', 'MAN', 'NON_BINARY', 'UNKNOWN'],
  ageBand: ['UNDER_30', 'FROM_30_TO_54', 'FROM_55', 'UNKNOWN'],
  education: ['ISCED_0_2', 'ISCED_3_4', 'ISCED_5_8', 'UNKNOWN'],
} as const;

/** Every key of a breakdown, zeros included, in a fixed order. */
function counts(keys: readonly string[], found: Record<string, number> | null): CountRow[] {
  return keys.map((key) => ({ key, count: Number(found?.[key] ?? 0) }));
}

/** Ledger entries in scope and period, each with the kind it counts in and its line's category and source. */
function scopedEntries(regionCode: string | null, period: Period) {
  return sql`
    select e.id, e.amount, e.company_id, coalesce(r.kind, e.kind) as counts_as, l.category, l.source
    from ledger_entries e
    join budget_lines l on l.id = e.budget_line_id
    left join ledger_entries r on r.id = e.reverses_entry_id
    where e.occurred_on between ${period.from}::date and ${period.to}::date and ${inRegion(sql`e.region_code`, regionCode)}`;
}

/** Attested participant time in scope, for months that start within the period. */
function scopedTime(regionCode: string | null, period: Period) {
  return sql`
    select t.employee_id, t.company_id, t.minutes, t.value
    from participant_time t
    where t.month between date_trunc('month', ${period.from}::date)::date and ${period.to}::date
      and t.minutes > 0 and ${inRegion(sql`t.region_code`, regionCode)}`;
}

/** The funder report for a county (or the programme) and a period: four statements. */
export async function funderReport(ctx: ServiceContext, regionCodeInput: string | null | undefined, period: Period): Promise<FunderReport> {
  const regionCode = checkScope(ctx, regionCodeInput, period);
  const entries = scopedEntries(regionCode, period);
  const time = scopedTime(regionCode, period);
  const [costRows, people, [held], firmRows] = await Promise.all([
    rows<{ category: CostCategory; source: FundingSource; committed: string; actual: string; entries: number }>(
      ctx.db,
      sql`select category, source,
            coalesce(sum(amount) filter (where counts_as in ('COMMITMENT', 'RELEASE')), 0)::text as committed,
            coalesce(sum(amount) filter (where counts_as = 'ACTUAL'), 0)::text as actual,
            count(*)::int as entries
          from (${entries}) x group by category, source order by category, source`,
    ),
    rows<{ participants: number; minutes: string; by_group: Record<string, number> | null; by_gender: Record<string, number> | null; by_age: Record<string, number> | null; by_education: Record<string, number> | null }>(
      ctx.db,
      sql`with t as (${time}),
          p as (
            select e.id, e."group" as grp, coalesce(e.gender::text, 'UNKNOWN') as gender, coalesce(e.education_level::text, 'UNKNOWN') as education,
              case when e.birth_year is null then 'UNKNOWN'
                   when extract(year from ${period.to}::date) - e.birth_year < 30 then 'UNDER_30'
                   when extract(year from ${period.to}::date) - e.birth_year < 55 then 'FROM_30_TO_54'
                   else 'FROM_55' end as age_band
            from employees e where e.id in (select employee_id from t)
          )
          select (select count(*) from p)::int as participants,
            (select coalesce(sum(minutes), 0) from t)::text as minutes,
            (select jsonb_object_agg(k, n) from (select grp::text as k, count(*)::int as n from p group by 1) g) as by_group,
            (select jsonb_object_agg(k, n) from (select gender as k, count(*)::int as n from p group by 1) g) as by_gender,
            (select jsonb_object_agg(k, n) from (select age_band as k, count(*)::int as n from p group by 1) g) as by_age,
            (select jsonb_object_agg(k, n) from (select education as k, count(*)::int as n from p group by 1) g) as by_education`,
    ),
    rows<{ courses: number }>(
      ctx.db,
      sql`select count(distinct o.id)::int as courses
          from occasions o join enrolments en on en.occasion_id = o.id join companies c on c.id = en.company_id
          where o.starts_on between ${period.from}::date and ${period.to}::date
            and en.status in ('ATTENDED', 'COMPLETED') and ${inRegion(sql`c.region_code`, regionCode)}`,
    ),
    rows<{ company_id: string; participants: number; minutes: string; actual: string; co_financing: string }>(
      ctx.db,
      sql`with t as (${time}), x as (${entries}),
          time_by_firm as (select company_id, count(distinct employee_id)::int as participants, sum(minutes) as minutes from t group by company_id),
          money_by_firm as (
            select company_id,
              coalesce(sum(amount) filter (where counts_as = 'ACTUAL'), 0) as actual,
              coalesce(sum(amount) filter (where counts_as = 'ACTUAL' and category = 'PARTICIPANT_TIME'), 0) as co_financing
            from x where company_id is not null group by company_id
          )
          select coalesce(tf.company_id, mf.company_id) as company_id, coalesce(tf.participants, 0) as participants,
            coalesce(tf.minutes, 0)::text as minutes, coalesce(mf.actual, 0)::text as actual, coalesce(mf.co_financing, 0)::text as co_financing
          from time_by_firm tf full join money_by_firm mf on mf.company_id = tf.company_id
          join companies c on c.id = coalesce(tf.company_id, mf.company_id)
          order by c.name, c.id`,
    ),
  ]);
  const costs = costRows.map((r) => ({ category: r.category, source: r.source, committed: BigInt(r.committed), actual: BigInt(r.actual), entries: r.entries }));
  const summary = people[0]!;
  return {
    regionCode,
    from: period.from,
    to: period.to,
    costs,
    totalCommitted: costs.reduce((s, c) => s + c.committed, 0n),
    totalActual: costs.reduce((s, c) => s + c.actual, 0n),
    coFinancing: costs.filter((c) => c.category === 'PARTICIPANT_TIME').reduce((s, c) => s + c.actual, 0n),
    attestedHours: Number(summary.minutes) / 60,
    participants: summary.participants,
    byGroup: counts(KEYS.group, summary.by_group),
    byGender: counts(KEYS.gender, summary.by_gender),
    byAgeBand: counts(KEYS.ageBand, summary.by_age),
    byEducation: counts(KEYS.education, summary.by_education),
    coursesHeld: held?.courses ?? 0,
    firms: firmRows.length,
    firmRows: firmRows.map((r) => ({
      companyId: r.company_id,
      participants: r.participants,
      attestedHours: Number(r.minutes) / 60,
      actual: BigInt(r.actual),
      coFinancing: BigInt(r.co_financing),
    })),
    ledgerEntryCount: costs.reduce((s, c) => s + c.entries, 0),
  };
}

export interface CostFigures {
  participants: number;
  trainingHours: number;
  closedGapLevels: number;
  cost: bigint;
  costPerParticipant: bigint | null;
  costPerHour: bigint | null;
  costPerClosedLevel: bigint | null;
}
export interface FirmCost {
  companyId: string;
  budgetAmount: bigint;
  figures: CostFigures;
}
export interface IndustryCost {
  industry: string;
  firms: number;
  figures: CostFigures;
}
export interface CostComparison {
  from: string;
  to: string;
  total: CostFigures;
  firms: FirmCost[];
  industries: IndustryCost[];
}

/** Integer division rounded half up; null when there is nothing to divide by. */
function per(cost: bigint, divisor: number | bigint): bigint | null {
  const d = BigInt(Math.round(Number(divisor) * 100));
  if (d <= 0n) return null;
  return (cost * 200n + d) / (2n * d);
}

function figures(cost: bigint, participants: number, minutes: number, closed: number): CostFigures {
  const hours = minutes / 60;
  return {
    participants,
    trainingHours: hours,
    closedGapLevels: closed,
    cost,
    costPerParticipant: per(cost, participants),
    // Per hour from minutes, exactly: cost × 60 / minutes.
    costPerHour: minutes > 0 ? (cost * 120n + BigInt(minutes)) / (2n * BigInt(minutes)) : null,
    costPerClosedLevel: per(cost, closed),
  };
}

/**
 * Cost per participant, training hour and closed gap level per firm, per industry and in total,
 * for a county (or the programme) and a period — one statement. A company admin sees only their
 * own firm's row (the totals are then their firm's).
 */
export async function costComparison(ctx: ServiceContext, regionCodeInput: string | null | undefined, period: Period): Promise<CostComparison> {
  const scope = reportScope(ctx.viewer);
  const ownFirms = scope.all || scope.regionCodes.length ? null : scope.companyIds;
  if (ownFirms && !ownFirms.length) throw new ForbiddenError('Budget follow-up is for firms’ and the programme’s admins');
  validatePeriod(period);
  const regionCode = ownFirms ? null : checkScope(ctx, regionCodeInput, period);
  const firmFilter = ownFirms ? sql`c.id in (${sql.join(ownFirms.map((id) => sql`${id}::uuid`), sql`, `)})` : inRegion(sql`c.region_code`, regionCode);
  const found = await rows<{ company_id: string; industry: string; budget: string; cost: string; participants: number; minutes: string; closed: number }>(
    ctx.db,
    sql`with firms as (select c.id, c.industry from companies c where ${firmFilter}),
        money as (
          select e.company_id, sum(e.amount) as cost
          from ledger_entries e left join ledger_entries r on r.id = e.reverses_entry_id
          where e.company_id in (select id from firms) and coalesce(r.kind, e.kind) = 'ACTUAL'
            and e.occurred_on between ${period.from}::date and ${period.to}::date
          group by e.company_id
        ),
        budget as (
          select b.company_id, sum(l.amount) as amount
          from budgets b join budget_lines l on l.budget_id = b.id
          where b.company_id in (select id from firms) and b.period_start <= ${period.to}::date and b.period_end >= ${period.from}::date
          group by b.company_id
        ),
        time as (
          select company_id, count(distinct employee_id)::int as participants, sum(minutes) as minutes
          from participant_time
          where company_id in (select id from firms) and minutes > 0
            and month between date_trunc('month', ${period.from}::date)::date and ${period.to}::date
          group by company_id
        ),
        gains as (
          select en.company_id, en.employee_id, cc.competence_id, o.starts_on, o.ends_on
          from enrolments en join occasions o on o.id = en.occasion_id join course_competences cc on cc.course_id = o.course_id
          where en.status = 'COMPLETED' and en.company_id in (select id from firms)
            and o.ends_on between ${period.from}::date and ${period.to}::date
        ),
        closed as (
          select g.company_id, sum(greatest(0, coalesce(after.level, 0) - coalesce(before.level, after.level, 0)))::int as levels
          from gains g
          left join lateral (select a.level from assessments a where a.employee_id = g.employee_id and a.competence_id = g.competence_id and a.assessed_on < g.starts_on
                             order by (a.source = 'MANAGER') desc, a.assessed_on desc, a.created_at desc limit 1) before on true
          left join lateral (select a.level from assessments a where a.employee_id = g.employee_id and a.competence_id = g.competence_id and a.assessed_on >= g.ends_on
                             order by (a.source = 'MANAGER') desc, a.assessed_on desc, a.created_at desc limit 1) after on true
          group by g.company_id
        )
        select f.id as company_id, f.industry, coalesce(b.amount, 0)::text as budget, coalesce(m.cost, 0)::text as cost,
          coalesce(t.participants, 0) as participants, coalesce(t.minutes, 0)::text as minutes, coalesce(cl.levels, 0) as closed
        from firms f
        left join money m on m.company_id = f.id
        left join budget b on b.company_id = f.id
        left join time t on t.company_id = f.id
        left join closed cl on cl.company_id = f.id
        where m.cost is not null or b.amount is not null or t.participants is not null
        order by f.industry, f.id`,
  );
  const firms = found.map((r) => ({
    companyId: r.company_id,
    industry: r.industry,
    budgetAmount: BigInt(r.budget),
    cost: BigInt(r.cost),
    participants: r.participants,
    minutes: Number(r.minutes),
    closed: r.closed,
  }));
  const sum = (list: typeof firms) => ({
    cost: list.reduce((s, f) => s + f.cost, 0n),
    participants: list.reduce((s, f) => s + f.participants, 0),
    minutes: list.reduce((s, f) => s + f.minutes, 0),
    closed: list.reduce((s, f) => s + f.closed, 0),
  });
  const byIndustry = new Map<string, typeof firms>();
  for (const f of firms) byIndustry.set(f.industry, [...(byIndustry.get(f.industry) ?? []), f]);
  const total = sum(firms);
  return {
    from: period.from,
    to: period.to,
    total: figures(total.cost, total.participants, total.minutes, total.closed),
    firms: firms.map((f) => ({ companyId: f.companyId, budgetAmount: f.budgetAmount, figures: figures(f.cost, f.participants, f.minutes, f.closed) })),
    industries: [...byIndustry].map(([industry, list]) => {
      const s = sum(list);
      return { industry, firms: list.length, figures: figures(s.cost, s.participants, s.minutes, s.closed) };
    }),
  };
}

/** Every ledger entry behind a funder report's cost figures (at most 100 000), for the XLSX's ledger sheet. */
export async function funderReportLedger(ctx: ServiceContext, regionCode: string | null, period: Period): Promise<LedgerLine[]> {
  const found = await rows<{
    id: string;
    occurred_on: string;
    company: string | null;
    category: string;
    source: string;
    kind: string;
    counts_as: string;
    amount: string;
    reason: string;
    invoice_number: string | null;
  }>(
    ctx.db,
    sql`select e.id, e.occurred_on::text, c.name as company, l.category, l.source, e.kind, coalesce(r.kind, e.kind) as counts_as,
          e.amount::text, e.reason, e.invoice_number
        from ledger_entries e
        join budget_lines l on l.id = e.budget_line_id
        left join ledger_entries r on r.id = e.reverses_entry_id
        left join companies c on c.id = e.company_id
        where e.occurred_on between ${period.from}::date and ${period.to}::date and ${inRegion(sql`e.region_code`, regionCode)}
        order by e.occurred_on, e.id
        limit 100000`,
  );
  return found.map((e) => ({
    id: e.id,
    occurredOn: e.occurred_on,
    company: e.company ?? '',
    category: e.category,
    source: e.source,
    kind: e.kind,
    countsAs: e.counts_as,
    amount: BigInt(e.amount),
    reason: e.reason,
    invoiceNumber: e.invoice_number,
  }));
}

export type ReportFormat = 'xlsx' | 'csv' | 'html';

/** The funder report as a file to download. */
export async function funderReportFile(
  ctx: ServiceContext,
  regionCodeInput: string | null | undefined,
  period: Period,
  format: ReportFormat,
): Promise<{ filename: string; contentType: string; body: string | Buffer }> {
  const report = await funderReport(ctx, regionCodeInput, period);
  const [companyNames, ledger, region] = await Promise.all([
    companiesByIds(ctx, report.firmRows.map((f) => f.companyId)),
    format === 'xlsx' ? funderReportLedger(ctx, report.regionCode, period) : Promise.resolve([]),
    report.regionCode ? regionsByCodes(ctx, [report.regionCode]) : Promise.resolve(new Map()),
  ]);
  const context: ReportContext = {
    report,
    scopeName: report.regionCode ? (region.get(report.regionCode)?.name ?? report.regionCode) : 'Hela programmet',
    companyNames: new Map([...companyNames].map(([id, c]) => [id, c.name])),
    ledger,
    generatedAt: new Date(),
  };
  const base = `finansiarsrapport-${report.regionCode ?? 'programmet'}-${period.from}-${period.to}`;
  switch (format) {
    case 'xlsx':
      return { filename: `${base}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await funderReportXlsx(context) };
    case 'csv':
      return { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', body: '\uFEFF' + funderReportCsv(context) };
    case 'html':
      return { filename: `${base}.html`, contentType: 'text/html; charset=utf-8', body: funderReportHtml(context) };
  }
}
