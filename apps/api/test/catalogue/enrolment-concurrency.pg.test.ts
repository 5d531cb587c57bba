import { schema } from '@smartkompetens/db';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helper.ts';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { insertCatalogue } from './fixture.ts';

/**
 * Concurrency proves something only with real parallel connections: PGlite serves one at a
 * time. This file runs in the PostgreSQL pass of the suite (TEST_DATABASE_URL) and fails —
 * never skips — without it.
 */
const ROUNDS = 5;
const CLIENTS = 50;
const SEATS = 10;

let t: TestApp;
let f: Fixture;
let people: string[];
beforeAll(async () => {
  if (!process.env.TEST_DATABASE_URL) throw new Error('This test needs TEST_DATABASE_URL: concurrency cannot be tested on PGlite');
  t = await createTestApp({ seed: false });
  expect(t.database.kind).toBe('postgres');
  f = await insertFixture(t.database.db);
  const inserted = await t.database.db
    .insert(schema.employees)
    .values(Array.from({ length: CLIENTS }, (_, i) => ({ companyId: f.companyA, firstName: `Deltagare${i}`, lastName: 'Samtidig', jobTitle: 'Operatör', group: 'STAFF' as const, employmentStart: '2022-01-01', hourlyCost: 40_000n })))
    .returning({ id: schema.employees.id });
  people = inserted.map((p) => p.id);
});
afterAll(() => t?.close());

const enrol = 'mutation($o: ID!, $e: ID!) { enrolmentCreate(occasionId: $o, employeeId: $e) { enrolment { status } userErrors { code } } }';

describe('enrolment under concurrency (PostgreSQL)', () => {
  it(`gives exactly ${SEATS} seats to ${CLIENTS} simultaneous enrolments, round after round`, async () => {
    const headers = await t.headersFor('COMPANY_ADMIN');
    for (let round = 0; round < ROUNDS; round++) {
      const { occasions } = await insertCatalogue(t.database.db, f, SEATS);
      const responses = await Promise.all(
        people.map((employeeId) =>
          t.http.post('/graphql').set(headers).set('content-type', 'application/json').send({ query: enrol, variables: { o: occasions.upcoming, e: employeeId } }),
        ),
      );
      expect(responses.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
      const statuses = responses.map((r) => r.body.data.enrolmentCreate.enrolment?.status ?? r.body.data.enrolmentCreate.userErrors[0].code);
      expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(SEATS);
      expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(CLIENTS - SEATS);

      const held = await t.database.db
        .select()
        .from(schema.enrolments)
        .where(and(eq(schema.enrolments.occasionId, occasions.upcoming), inArray(schema.enrolments.status, ['CONFIRMED', 'OFFERED'])));
      expect(held).toHaveLength(SEATS);
      const [occasion] = await t.database.db.select().from(schema.occasions).where(eq(schema.occasions.id, occasions.upcoming));
      expect(occasion!.status).toBe('FULL');
    }
  });
});
