import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertFixture } from './competence/fixture.ts';
import { createTestApp, type TestApp } from './helper.ts';

/** GraphQL from callers who are not signed in (public pages, joining) is limited per address; signed-in use is not. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: false, config: { anonymousGraphqlRateLimit: 3 } });
  await insertFixture(t.database.db);
});
afterAll(() => t.close());

const ask = (headers: Record<string, string> = {}) =>
  t.http.post('/graphql').set('content-type', 'application/json').set(headers).send({ query: '{ viewer { __typename } }' });

describe('the anonymous GraphQL rate limit', () => {
  it('answers 429 after the limit for an anonymous caller, and keeps serving signed-in callers', async () => {
    const anonymous = [];
    for (let i = 0; i < 4; i++) anonymous.push((await ask()).status);
    expect(anonymous).toEqual([200, 200, 200, 429]);
    const headers = await t.headersFor('COMPANY_ADMIN');
    const signedIn = [];
    for (let i = 0; i < 5; i++) signedIn.push((await ask(headers)).status);
    expect(signedIn).toEqual([200, 200, 200, 200, 200]);
  });
});
