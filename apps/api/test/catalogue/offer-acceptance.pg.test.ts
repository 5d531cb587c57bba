import { schema } from '@smartkompetens/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helper.ts';
import { insertFixture, type Fixture } from '../competence/fixture.ts';
import { insertCatalogue, type CatalogueFixture } from './fixture.ts';

/** Two offers on one request accepted at the same moment: one wins. PostgreSQL only (see enrolment-concurrency). */
let t: TestApp;
let f: Fixture;
let c: CatalogueFixture;
beforeAll(async () => {
  if (!process.env.TEST_DATABASE_URL) throw new Error('This test needs TEST_DATABASE_URL: concurrency cannot be tested on PGlite');
  t = await createTestApp({ seed: false });
  f = await insertFixture(t.database.db);
  c = await insertCatalogue(t.database.db, f);
});
afterAll(() => t?.close());

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const request = 'mutation($c: ID, $i: CourseRequestInput!) { courseRequestCreate(companyId: $c, input: $i) { courseRequest { id } userErrors { code } } }';
const offer = 'mutation($r: ID!, $i: CourseOfferInput!) { courseOfferCreate(requestId: $r, input: $i) { courseOffer { id } userErrors { code } } }';
const accept = 'mutation($id: ID!) { courseOfferAccept(id: $id) { courseOffer { id } userErrors { code } } }';

describe('accepting offers under concurrency (PostgreSQL)', () => {
  it('accepts exactly one of several offers accepted at once, creating one occasion, round after round', async () => {
    for (let round = 0; round < 5; round++) {
      const created = await t.graphql('COMPANY_ADMIN', request, {
        c: f.companyA,
        i: { competenceIds: [f.competences.welding], participants: 6, wantedFrom: daysFromNow(30), wantedTo: daysFromNow(90) },
      });
      const requestId = created.body.data.courseRequestCreate.courseRequest.id;
      const offerIds: string[] = [];
      for (let i = 0; i < 4; i++) {
        const made = await t.graphql('PROVIDER', offer, { r: requestId, i: { courseId: c.courses.migmag, price: String(4_000_000 + i), startsOn: daysFromNow(40 + i), endsOn: daysFromNow(41 + i) } });
        offerIds.push(made.body.data.courseOfferCreate.courseOffer.id);
      }
      const results = await Promise.all(offerIds.map((id) => t.graphql('COMPANY_ADMIN', accept, { id })));
      const accepted = results.filter((r) => r.body.data.courseOfferAccept.courseOffer);
      expect(accepted).toHaveLength(1);
      const occasions = await t.database.db.select().from(schema.courseOffers).where(eq(schema.courseOffers.requestId, requestId));
      expect(occasions.filter((o) => o.acceptedOccasionId !== null)).toHaveLength(1);
    }
  });
});
