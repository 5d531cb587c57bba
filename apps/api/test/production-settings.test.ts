import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helper.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: false, config: { env: 'production', graphqlIntrospection: false } });
});
afterAll(() => t.close());

describe('production settings', () => {
  it('refuses introspection', async () => {
    const { body } = await t.graphql('ANONYMOUS', '{ __schema { types { name } } }');
    expect(body.errors[0].message).toMatch(/introspection/i);
  });

  it('does not serve GraphiQL', async () => {
    const response = await t.http.get('/graphiql');
    expect(response.status).toBe(404);
  });

  it('sets security headers', async () => {
    const response = await t.http.get('/health');
    expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('masks internal errors: no stack or SQL reaches the client, the request id does', async () => {
    // Closing the database makes every query fail the way an outage would.
    const seeded = await createTestApp({ seed: false, config: { env: 'production' } });
    await seeded.database.close();
    const response = await seeded.http.get('/api/v1/regions').set('authorization', 'Bearer anything');
    expect(response.status).toBe(500);
    expect(response.body).toEqual({
      statusCode: 500,
      code: 'INTERNAL',
      message: expect.stringMatching(/request id/),
      requestId: response.headers['x-request-id'],
    });
    await seeded.close();
  });
});
