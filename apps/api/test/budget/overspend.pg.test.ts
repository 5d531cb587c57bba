import { schema } from '@smartkompetens/db';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { createTestApp, type TestApp } from '../helper.ts';

/**
 * The overspend guard under concurrency: real parallel connections exist only on PostgreSQL
 * (PGlite serves one at a time). This file runs in the PostgreSQL pass of the suite
 * (TEST_DATABASE_URL) and fails — never skips — without it.
 */
const ROUNDS = 5;
const CLIENTS = 50;
const FITS = 10;
const EACH = 3_000_000_000n; // each commitment above 2^31 öre

let t: TestApp;
let f: Fixture;
beforeAll(async () => {
  if (!process.env.TEST_DATABASE_URL) throw new Error('This test needs TEST_DATABASE_URL: concurrency cannot be tested on PGlite');
  t = await createTestApp({ seed: false });
  expect(t.database.kind).toBe('postgres');
  f = await insertFixture(t.database.db);
});
afterAll(() => t?.close());

const record = 'mutation($input: LedgerEntryCreateInput!) { ledgerEntryCreate(input: $input) { entry { id } userErrors { code } } }';

describe('the overspend guard under concurrency (PostgreSQL)', () => {
  it(`accepts exactly ${FITS} of ${CLIENTS} simultaneous commitments on a line that covers ${FITS}, round after round`, async () => {
    const headers = await t.headersFor('COMPANY_ADMIN');
    for (let round = 0; round < ROUNDS; round++) {
      const [budget] = await t.database.db
        .insert(schema.budgets)
        .values({ level: 'COMPANY', regionCode: '03', companyId: f.companyA, name: `Round ${round}`, periodStart: '2026-01-01', periodEnd: '2026-12-31' })
        .returning();
      const [line] = await t.database.db
        .insert(schema.budgetLines)
        .values({ budgetId: budget!.id, companyId: f.companyA, regionCode: '03', category: 'COURSE_FEES', source: 'PROGRAMME_GRANT', amount: EACH * BigInt(FITS) })
        .returning();
      const responses = await Promise.all(
        Array.from({ length: CLIENTS }, (_, i) =>
          t.http
            .post('/graphql')
            .set(headers)
            .set('content-type', 'application/json')
            .send({ query: record, variables: { input: { budgetLineId: line!.id, kind: 'COMMITMENT', amount: String(EACH), occurredOn: '2026-03-01', reason: `Enrolment ${i}` } } }),
        ),
      );
      expect(responses.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
      const outcomes = responses.map((r) => (r.body.data.ledgerEntryCreate.entry ? 'ok' : r.body.data.ledgerEntryCreate.userErrors[0].code));
      expect(outcomes.filter((o) => o === 'ok')).toHaveLength(FITS);
      expect(outcomes.filter((o) => o === 'OVER_BUDGET')).toHaveLength(CLIENTS - FITS);

      const written = await t.database.db.select().from(schema.ledgerEntries).where(and(eq(schema.ledgerEntries.budgetLineId, line!.id), eq(schema.ledgerEntries.kind, 'COMMITMENT')));
      expect(written).toHaveLength(FITS);
      const { body } = await t.graphql('COMPANY_ADMIN', 'query($id: ID!) { budget(id: $id) { summary { committed remaining } } }', { id: budget!.id });
      expect(body.data.budget.summary).toEqual({ committed: String(EACH * BigInt(FITS)), remaining: '0' });
    }
  });

  it(`enrols exactly ${FITS} of ${CLIENTS} people enrolled at once when the firm's budget covers ${FITS} fees, round after round`, async () => {
    const { db } = t.database;
    const headers = await t.headersFor('COMPANY_ADMIN');
    const [provider] = await db.select().from(schema.providers);
    const [course] = await db
      .insert(schema.courses)
      .values({ providerId: provider!.id, titleSv: 'Truckkort', format: 'CLASSROOM', lengthHours: 8, pricePerParticipant: EACH })
      .returning();
    const people = await db
      .insert(schema.employees)
      .values(
        Array.from({ length: CLIENTS }, (_, i) => ({
          companyId: f.companyA,
          firstName: `Person${i}`,
          lastName: 'Samtidig',
          jobTitle: 'Operatör',
          group: 'STAFF' as const,
          employmentStart: '2020-01-01',
          hourlyCost: 40_000n,
        })),
      )
      .returning();
    for (let round = 0; round < ROUNDS; round++) {
      const year = 2031 + round;
      // Five occasions of twenty seats: seats never run out, only money does; the occasions' own
      // locks do not serialise the enrolments, the budget line's lock must.
      const occasions = await db
        .insert(schema.occasions)
        .values(
          Array.from({ length: 5 }, () => ({
            courseId: course!.id,
            providerId: provider!.id,
            startsOn: `${year}-03-01`,
            endsOn: `${year}-03-01`,
            registrationDeadline: `${year}-02-01`,
            regionCode: '03',
            seats: 20,
            status: 'OPEN' as const,
          })),
        )
        .returning();
      const [budget] = await db
        .insert(schema.budgets)
        .values({ level: 'COMPANY', regionCode: '03', companyId: f.companyA, name: `Enrolments ${year}`, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` })
        .returning();
      await db
        .insert(schema.budgetLines)
        .values({ budgetId: budget!.id, companyId: f.companyA, regionCode: '03', category: 'COURSE_FEES', source: 'PROGRAMME_GRANT', amount: EACH * BigInt(FITS) });
      const responses = await Promise.all(
        people.map((person, i) =>
          t.http
            .post('/graphql')
            .set(headers)
            .set('content-type', 'application/json')
            .send({
              query: 'mutation($o: ID!, $e: ID!) { enrolmentCreate(occasionId: $o, employeeId: $e) { enrolment { status } userErrors { code } } }',
              variables: { o: occasions[i % occasions.length]!.id, e: person.id },
            }),
        ),
      );
      expect(responses.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
      const outcomes = responses.map((r) => r.body.data.enrolmentCreate.enrolment?.status ?? r.body.data.enrolmentCreate.userErrors[0].code);
      expect(outcomes.filter((o) => o === 'CONFIRMED')).toHaveLength(FITS);
      expect(outcomes.filter((o) => o === 'OVER_BUDGET')).toHaveLength(CLIENTS - FITS);
      const seated = await db.select().from(schema.enrolments).where(inArray(schema.enrolments.occasionId, occasions.map((o) => o.id)));
      expect(seated).toHaveLength(FITS);
      const committed = await db.select().from(schema.ledgerEntries).where(eq(schema.ledgerEntries.budgetId, budget!.id));
      expect(committed.map((e) => e.enrolmentId).sort()).toEqual(seated.map((e) => e.id).sort());
      const { body } = await t.graphql('COMPANY_ADMIN', 'query($id: ID!) { budget(id: $id) { summary { committed remaining } } }', { id: budget!.id });
      expect(body.data.budget.summary).toEqual({ committed: String(EACH * BigInt(FITS)), remaining: '0' });
    }
  });
});
