import { schema } from '@smartkompetens/db';
import { withCheckDigit } from '@smartkompetens/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { createTestApp, type TestApp } from '../helper.ts';

/**
 * The funder report adds up to the ledger to the öre. The ledger below mixes every kind of
 * entry, in and outside the period and in another county; the expected figures are summed here
 * in JavaScript from the raw rows, by the rule, not by the report's SQL.
 */
let t: TestApp;
let f: Fixture;
const FROM = '2026-07-01';
const TO = '2026-09-30';
const lines: Record<string, string> = {};
let otherCompany: string;

type Entry = typeof schema.ledgerEntries.$inferInsert;

beforeAll(async () => {
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
  const db = t.database.db;
  await db.insert(schema.regions).values({ code: '04', name: 'Södermanlands län', ownerName: 'Region Sörmland' });
  const [other] = await db
    .insert(schema.companies)
    .values({ name: 'C Press AB', orgNumber: withCheckDigit('556000003'), sniCode: '25.500', industry: 'Pressning', regionCode: '04', municipality: 'Eskilstuna', size: 'SMALL', employeeCount: 20 })
    .returning();
  otherCompany = other!.id;
  const budget = async (key: string, companyId: string | null, regionCode: string | null, level: 'COMPANY' | 'REGION') => {
    const [b] = await db.insert(schema.budgets).values({ level, regionCode, companyId, name: key, periodStart: '2026-01-01', periodEnd: '2026-12-31' }).returning();
    const created = await db
      .insert(schema.budgetLines)
      .values([
        { budgetId: b!.id, companyId, regionCode, category: 'COURSE_FEES', source: 'PROGRAMME_GRANT', amount: 50_000_000_000n },
        { budgetId: b!.id, companyId, regionCode, category: 'PARTICIPANT_TIME', source: 'OWN_CONTRIBUTION', amount: 50_000_000_000n, coFinancingShareBp: 10_000 },
        { budgetId: b!.id, companyId, regionCode, category: 'TRAVEL', source: 'REGIONAL', amount: 1_000_000n },
      ])
      .returning();
    for (const l of created) lines[`${key}/${l.category}`] = l.id;
  };
  await budget('A', f.companyA, '03', 'COMPANY');
  await budget('B', f.companyB, '03', 'COMPANY');
  await budget('R03', null, '03', 'REGION');
  await budget('C', otherCompany, '04', 'COMPANY');

  const entry = (key: string, kind: Entry['kind'], amount: bigint, occurredOn: string, extra: Partial<Entry> = {}): Entry => {
    const [owner] = key.split('/');
    const companyId = owner === 'A' ? f.companyA : owner === 'B' ? f.companyB : owner === 'C' ? otherCompany : null;
    return { budgetLineId: lines[key]!, budgetId: '', companyId, regionCode: owner === 'C' ? '04' : '03', kind, amount, occurredOn, reason: 'test', ...extra };
  };
  // Each entry carries its line's budget.
  const lineRows = await db.select().from(schema.budgetLines);
  const budgetOf = new Map(lineRows.map((l) => [l.id, l.budgetId]));
  const insert = async (rows: Entry[]) => db.insert(schema.ledgerEntries).values(rows.map((r) => ({ ...r, budgetId: budgetOf.get(r.budgetLineId)! }))).returning();

  const [invoice] = await insert([entry('A/COURSE_FEES', 'ACTUAL', 3_000_000_007n, '2026-08-10', { invoiceNumber: 'F-1' })]);
  await insert([
    entry('A/COURSE_FEES', 'COMMITMENT', 4_000_000_000n, '2026-07-15'),
    entry('A/COURSE_FEES', 'RELEASE', -1_000_000_000n, '2026-07-20'),
    entry('A/COURSE_FEES', 'REVERSAL', -3_000_000_007n, '2026-09-01', { reversesEntryId: invoice!.id }),
    entry('A/COURSE_FEES', 'ACTUAL', 2_999_999_999n, '2026-09-02', { invoiceNumber: 'F-1b' }),
    entry('A/TRAVEL', 'ACTUAL', 123_45n, '2026-07-01'),
    entry('A/PARTICIPANT_TIME', 'ACTUAL', 360_000n, '2026-08-01'),
    entry('B/PARTICIPANT_TIME', 'ACTUAL', 180_000n, '2026-09-01'),
    entry('B/COURSE_FEES', 'ACTUAL', 500_000n, '2026-06-30'), // before the period
    entry('B/COURSE_FEES', 'ACTUAL', 700_000n, '2026-10-01'), // after it
    entry('R03/TRAVEL', 'ACTUAL', 99_00n, '2026-08-15'),
    entry('C/COURSE_FEES', 'ACTUAL', 11_111n, '2026-08-15'), // another county
  ]);
  await db.insert(schema.participantTime).values([
    { employeeId: f.people.e1, companyId: f.companyA, regionCode: '03', month: '2026-08-01', plannedMinutes: 480, minutes: 480, hourlyCost: 45_000n, value: 360_000n },
    { employeeId: f.people.e5, companyId: f.companyB, regionCode: '03', month: '2026-09-01', plannedMinutes: 240, minutes: 240, hourlyCost: 45_000n, value: 180_000n },
    { employeeId: f.people.e3, companyId: f.companyA, regionCode: '03', month: '2026-09-01', plannedMinutes: 0, minutes: 0, hourlyCost: 45_000n, value: 0n },
  ]);
});
afterAll(() => t.close());

/** The rule, in JavaScript over raw rows: committed and actual per category × source for a county and period. */
async function expected(regionCode: string | null) {
  const entries = await t.database.db.select().from(schema.ledgerEntries);
  const lineRows = await t.database.db.select().from(schema.budgetLines);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const sums = new Map<string, { committed: bigint; actual: bigint }>();
  for (const e of entries) {
    if (e.occurredOn < FROM || e.occurredOn > TO || (regionCode && e.regionCode !== regionCode)) continue;
    const countsAs = e.reversesEntryId ? byId.get(e.reversesEntryId)!.kind : e.kind;
    const line = lineRows.find((l) => l.id === e.budgetLineId)!;
    const key = `${line.category}/${line.source}`;
    const sum = sums.get(key) ?? { committed: 0n, actual: 0n };
    if (countsAs === 'ACTUAL') sum.actual += e.amount;
    else sum.committed += e.amount;
    sums.set(key, sum);
  }
  return sums;
}

const report = `query($regionCode: ID, $from: Date!, $to: Date!) { funderReport(regionCode: $regionCode, from: $from, to: $to) {
  regionCode costs { category source committed actual entries } totalCommitted totalActual coFinancing attestedHours participants
  byGroup { key count } byGender { key count } byAgeBand { key count } byEducation { key count } coursesHeld firms
  firmRows { company { id } participants attestedHours actual coFinancing } ledgerEntryCount } }`;

describe('the funder report', () => {
  it('adds up to the ledger to the öre, per category and source, above 2^31', async () => {
    const { body } = await t.graphql('REGION_ADMIN', report, { regionCode: '03', from: FROM, to: TO });
    const r = body.data.funderReport;
    const sums = await expected('03');
    expect(Object.fromEntries(r.costs.map((c: { category: string; source: string; committed: string; actual: string }) => [`${c.category}/${c.source}`, { committed: BigInt(c.committed), actual: BigInt(c.actual) }]))).toEqual(
      Object.fromEntries(sums),
    );
    const totalActual = [...sums.values()].reduce((s, v) => s + v.actual, 0n);
    expect(r.totalActual).toBe(String(totalActual));
    expect(r.totalActual).toBe(String(2_999_999_999n + 12_345n + 360_000n + 180_000n + 9_900n));
    expect(r.totalCommitted).toBe(String(3_000_000_000n));
    expect(r.coFinancing).toBe('540000');
  });

  it('traces every cost figure to the entries behind it with ledgerEntries', async () => {
    const r = (await t.graphql('REGION_ADMIN', report, { regionCode: '03', from: FROM, to: TO })).body.data.funderReport;
    const trace = `query($filter: LedgerFilter!, $after: String) { ledgerEntries(filter: $filter, first: 2, after: $after) { nodes { amount } pageInfo { hasNextPage endCursor } totalCount } }`;
    for (const row of r.costs) {
      for (const figure of ['ACTUAL', 'COMMITTED'] as const) {
        let sum = 0n;
        let after: string | null = null;
        let count = 0;
        do {
          const page: { nodes: { amount: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
            await t.graphql('REGION_ADMIN', trace, { filter: { regionCode: '03', category: row.category, source: row.source, figure, from: FROM, to: TO }, after })
          ).body.data.ledgerEntries;
          for (const n of page.nodes) sum += BigInt(n.amount);
          count += page.nodes.length;
          after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after);
        expect(String(sum)).toBe(figure === 'ACTUAL' ? row.actual : row.committed);
        expect(count).toBeLessThanOrEqual(row.entries);
      }
    }
  });

  it('counts participants with attested time by group, gender, age band and education', async () => {
    const r = (await t.graphql('REGION_ADMIN', report, { regionCode: '03', from: FROM, to: TO })).body.data.funderReport;
    expect(r.participants).toBe(2); // e1 and e5; e3 attested no time
    expect(r.attestedHours).toBe(12);
    const counts = (list: { key: string; count: number }[]) => Object.fromEntries(list.filter((c) => c.count).map((c) => [c.key, c.count]));
    expect(counts(r.byGroup)).toEqual({ STAFF: 2 });
    expect(counts(r.byGender)).toEqual({ UNKNOWN: 2 });
    expect(counts(r.byAgeBand)).toEqual({ FROM_55: 1, FROM_30_TO_54: 1 }); // born 1960 and 1995, counted at 2026
    expect(r.byGender.map((c: { key: string }) => c.key)).toEqual(['WOMAN', 'MAN', 'NON_BINARY', 'UNKNOWN']);
    expect(r.firms).toBe(2);
    expect(r.firmRows).toEqual([
      { company: { id: f.companyA }, participants: 1, attestedHours: 8, actual: String(2_999_999_999n + 12_345n + 360_000n), coFinancing: '360000' },
      { company: { id: f.companyB }, participants: 1, attestedHours: 4, actual: '180000', coFinancing: '180000' },
    ]);
  });

  it('covers the whole programme for programme admins, and only their county for region admins', async () => {
    const all = (await t.graphql('PROGRAMME_ADMIN', report, { regionCode: null, from: FROM, to: TO })).body.data.funderReport;
    const sums = await expected(null);
    expect(all.regionCode).toBeNull();
    expect(all.totalActual).toBe(String([...sums.values()].reduce((s, v) => s + v.actual, 0n)));
    expect(BigInt(all.totalActual) - 11_111n).toBe(BigInt((await t.graphql('PROGRAMME_ADMIN', report, { regionCode: '03', from: FROM, to: TO })).body.data.funderReport.totalActual));
    // A region admin without a county named gets their own.
    expect((await t.graphql('REGION_ADMIN', report, { from: FROM, to: TO })).body.data.funderReport.regionCode).toBe('03');
    for (const [actor, regionCode] of [['REGION_ADMIN', '04'], ['COMPANY_ADMIN', '03'], ['EMPLOYEE', '03'], ['PROVIDER', '03']] as const) {
      const { body } = await t.graphql(actor, report, { regionCode, from: FROM, to: TO });
      expect(body.data?.funderReport ?? null).toBeNull();
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    const reversed = await t.graphql('REGION_ADMIN', report, { regionCode: '03', from: TO, to: FROM });
    expect(reversed.body.errors[0].extensions.code).toBe('VALIDATION');
  });

  it('downloads as XLSX whose sums and ledger sheet equal the ledger', async () => {
    const res = await t.http
      .get('/api/v1/reports/funder')
      .query({ regionCode: '03', from: FROM, to: TO, format: 'xlsx' })
      .set(await t.headersFor('REGION_ADMIN'))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/finansiarsrapport-03-2026-07-01-2026-09-30\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.body as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Rapport')!;
    const rowsOf = (ws: ExcelJS.Worksheet) => {
      const out: unknown[][] = [];
      ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    const total = rowsOf(sheet).find((row) => row[0] === 'Summa')!;
    const expectedActual = 2_999_999_999 + 12_345 + 360_000 + 180_000 + 9_900;
    expect(total[5]).toBe(expectedActual);
    const ledger = rowsOf(workbook.getWorksheet('Huvudbok')!).slice(1);
    expect(ledger.filter((row) => row[6] === 'ACTUAL').reduce((s, row) => s + Number(row[7]), 0)).toBe(expectedActual);
  });

  it('downloads as CSV and as a printable page', async () => {
    const headers = await t.headersFor('REGION_ADMIN');
    const csv = await t.http.get('/api/v1/reports/funder').query({ regionCode: '03', from: FROM, to: TO, format: 'csv' }).set(headers);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text).toContain(`Summa,,`);
    expect(csv.text).toContain(String(2_999_999_999n + 12_345n + 360_000n + 180_000n + 9_900n));
    const html = await t.http.get('/api/v1/reports/funder').query({ regionCode: '03', from: FROM, to: TO, format: 'html' }).set(headers);
    expect(html.status).toBe(200);
    expect(html.text).toContain('<h1>Rapport till finansiär – Uppsala län</h1>');
    expect(html.text).toContain('A Gjuteri AB');
    const refused = await t.http.get('/api/v1/reports/funder').query({ regionCode: '03', from: FROM, to: TO, format: 'pdf' }).set(headers);
    expect(refused.status).toBe(400);
  });
});

describe('REST reports for Region Uppsala’s systems', () => {
  it('serves participants and costs as JSON with money as strings', async () => {
    const headers = await t.headersFor('REGION_ADMIN');
    const participants = await t.http.get('/api/v1/reports/participants').query({ regionCode: '03', from: FROM, to: TO }).set(headers);
    expect(participants.status).toBe(200);
    expect(participants.body).toMatchObject({ regionCode: '03', participants: 2, attestedHours: 12, firms: 2 });
    const costs = await t.http.get('/api/v1/reports/costs').query({ regionCode: '03', from: FROM, to: TO }).set(headers);
    expect(costs.status).toBe(200);
    expect(costs.body.totalActual).toBe(String(2_999_999_999n + 12_345n + 360_000n + 180_000n + 9_900n));
    const firmA = costs.body.comparison.firms.find((r: { companyId: string }) => r.companyId === f.companyA);
    const costA = 2_999_999_999n + 12_345n + 360_000n;
    expect(firmA.figures).toMatchObject({ participants: 1, trainingHours: 8, cost: String(costA), costPerParticipant: String(costA), costPerHour: String((costA * 2n + 8n) / 16n) });
  });

  it('refuses integration clients without budget:read, and callers without a session', async () => {
    const token = await t.http.get('/api/v1/reports/costs').query({ regionCode: '03', from: FROM, to: TO }).set(await t.headersFor('API_CLIENT'));
    expect(token.status).toBe(403);
    const anonymous = await t.http.get('/api/v1/reports/participants').query({ regionCode: '03', from: FROM, to: TO });
    expect(anonymous.status).toBe(401);
  });
});

describe('the cost comparison', () => {
  const comparison = `query($regionCode: ID) { costComparison(regionCode: $regionCode, from: "${FROM}", to: "${TO}") {
    total { cost participants } firms { company { id } figures { cost participants costPerParticipant } } industries { industry firms figures { cost } } } }`;

  it('compares firms and industries for region admins; a company admin sees only their firm', async () => {
    const region = (await t.graphql('REGION_ADMIN', comparison, { regionCode: '03' })).body.data.costComparison;
    expect(region.firms.map((r: { company: { id: string } }) => r.company.id).sort()).toEqual([f.companyA, f.companyB].sort());
    expect(region.total).toEqual({ cost: String(2_999_999_999n + 12_345n + 360_000n + 180_000n), participants: 2 });
    expect(region.industries).toHaveLength(2);
    const own = (await t.graphql('COMPANY_ADMIN', comparison, { regionCode: null })).body.data.costComparison;
    expect(own.firms.map((r: { company: { id: string } }) => r.company.id)).toEqual([f.companyA]);
    const refused = await t.graphql('PROVIDER', comparison, { regionCode: '03' });
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
