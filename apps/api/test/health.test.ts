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

describe('the single-page app', () => {
  let withSpa: TestApp;
  beforeAll(async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dist = mkdtempSync(`${tmpdir()}/sk-web-`);
    writeFileSync(`${dist}/index.html`, '<!doctype html><title>Smart kompetens</title>');
    mkdirSync(`${dist}/assets`);
    writeFileSync(`${dist}/assets/app-1234.js`, 'console.log(1)');
    withSpa = await createTestApp({ seed: false, config: { webDist: dist } });
  });
  afterAll(() => withSpa.close());

  it('serves index.html for its routes so a reload keeps the page', async () => {
    const response = await withSpa.http.get('/companies/some-id');
    expect(response.status).toBe(200);
    expect(response.text).toContain('<title>Smart kompetens</title>');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets as immutable', async () => {
    const response = await withSpa.http.get('/assets/app-1234.js');
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toMatch(/immutable/);
  });

  it('still answers unknown API paths with JSON, not the page', async () => {
    const response = await withSpa.http.get('/api/v1/unknown');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });
});
