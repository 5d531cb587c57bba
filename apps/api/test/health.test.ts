import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helper.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: false });
});
afterAll(() => t.close());

describe('health endpoints', () => {
  it('answers liveness without touching the database', async () => {
    const response = await t.http.get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('reports ready while the database answers, and 503 when it does not', async () => {
    expect((await t.http.get('/ready')).status).toBe(200);
    const ping = t.database.ping;
    t.database.ping = async () => {
      throw new Error('connection refused');
    };
    try {
      const response = await t.http.get('/ready');
      expect(response.status).toBe(503);
    } finally {
      t.database.ping = ping;
    }
  });

  it('answers unknown API paths with a JSON 404 and a request id', async () => {
    const response = await t.http.get('/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'NOT_FOUND' });
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('publishes an OpenAPI 3 document listing the REST routes', async () => {
    const response = await t.http.get('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/regions', '/api/v1/companies', '/api/v1/companies/{id}', '/api/v1/auth/login']),
    );
  });
});
