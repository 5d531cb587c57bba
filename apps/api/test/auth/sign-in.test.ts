import { DEMO_LOGINS, DEMO_PASSWORD } from '@smartkompetens/db/seed';
import { schema } from '@smartkompetens/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/auth/tokens.ts';
import { createTestApp, type TestApp } from '../helper.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const viewerQuery = '{ viewer { user { email displayName } memberships { role company { name } } } }';

function sessionCookie(setCookie: string[] | string | undefined): string {
  const header = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  return String(header ?? '');
}

describe('sign-in', () => {
  it('signs in with the right password and sets an httpOnly, SameSite session cookie', async () => {
    const response = await t.http.post('/api/v1/auth/login').send({ email: DEMO_LOGINS.COMPANY_ADMIN, password: DEMO_PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body.user.email).toBe(DEMO_LOGINS.COMPANY_ADMIN);
    const cookie = sessionCookie(response.headers['set-cookie']);
    expect(cookie).toMatch(/^sk_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const me = await t.http.post('/graphql').set('cookie', cookie.split(';')[0]!).send({ query: viewerQuery });
    expect(me.body.data.viewer.user.email).toBe(DEMO_LOGINS.COMPANY_ADMIN);
    expect(me.body.data.viewer.memberships).toEqual([{ role: 'COMPANY_ADMIN', company: { name: 'Fyrisgjuteriet AB' } }]);
  });

  it('accepts the email in any letter case', async () => {
    const response = await t.http.post('/api/v1/auth/login').send({ email: DEMO_LOGINS.PROVIDER.toUpperCase(), password: DEMO_PASSWORD });
    expect(response.status).toBe(200);
  });

  it('refuses a wrong password and an unknown email alike, without a cookie', async () => {
    for (const body of [
      { email: DEMO_LOGINS.COMPANY_ADMIN, password: 'wrong-password' },
      { email: 'nobody@example.se', password: DEMO_PASSWORD },
    ]) {
      const response = await t.http.post('/api/v1/auth/login').send(body);
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Wrong email or password' });
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('rejects a malformed sign-in request with the field named', async () => {
    const response = await t.http.post('/api/v1/auth/login').send({ email: DEMO_LOGINS.COMPANY_ADMIN });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION');
    expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: ['body', 'password'], code: 'REQUIRED' })]));
  });

  it('rejects malformed JSON with a 400', async () => {
    const response = await t.http.post('/api/v1/auth/login').set('content-type', 'application/json').send('{"email": ');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('MALFORMED_JSON');
  });

  it('rotates the session id at sign-in: the old cookie stops working', async () => {
    const first = await t.http.post('/api/v1/auth/login').send({ email: DEMO_LOGINS.EMPLOYEE, password: DEMO_PASSWORD });
    const oldCookie = sessionCookie(first.headers['set-cookie']).split(';')[0]!;
    const second = await t.http
      .post('/api/v1/auth/login')
      .set('cookie', oldCookie)
      .send({ email: DEMO_LOGINS.EMPLOYEE, password: DEMO_PASSWORD });
    const newCookie = sessionCookie(second.headers['set-cookie']).split(';')[0]!;
    expect(newCookie).not.toBe(oldCookie);
    const withOld = await t.http.post('/graphql').set('cookie', oldCookie).send({ query: viewerQuery });
    expect(withOld.body.data.viewer).toBeNull();
    const withNew = await t.http.post('/graphql').set('cookie', newCookie).send({ query: viewerQuery });
    expect(withNew.body.data.viewer.user.email).toBe(DEMO_LOGINS.EMPLOYEE);
  });

  it('signs out: the session is deleted and the cookie cleared', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ email: DEMO_LOGINS.REGION_ADMIN, password: DEMO_PASSWORD });
    const cookie = sessionCookie(login.headers['set-cookie']).split(';')[0]!;
    const logout = await t.http.post('/api/v1/auth/logout').set('cookie', cookie).send({});
    expect(logout.status).toBe(204);
    expect(sessionCookie(logout.headers['set-cookie'])).toMatch(/sk_session=;/);
    const after = await t.http.post('/graphql').set('cookie', cookie).send({ query: viewerQuery });
    expect(after.body.data.viewer).toBeNull();
  });

  it('a disabled user’s session stops working; an expired one too', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ email: DEMO_LOGINS.EMPLOYEE, password: DEMO_PASSWORD });
    const cookie = sessionCookie(login.headers['set-cookie']).split(';')[0]!;
    const [user] = await t.database.db.select().from(schema.users).where(eq(schema.users.email, DEMO_LOGINS.EMPLOYEE));
    expect((await t.http.post('/graphql').set('cookie', cookie).send({ query: viewerQuery })).body.data.viewer.user.email).toBe(DEMO_LOGINS.EMPLOYEE);
    await t.database.db.update(schema.users).set({ disabledAt: new Date() }).where(eq(schema.users.id, user!.id));
    expect((await t.http.post('/graphql').set('cookie', cookie).send({ query: viewerQuery })).body.data.viewer).toBeNull();
    await t.database.db.update(schema.users).set({ disabledAt: null }).where(eq(schema.users.id, user!.id));
    expect((await t.http.post('/graphql').set('cookie', cookie).send({ query: viewerQuery })).body.data.viewer).not.toBeNull();
    await t.database.db.update(schema.sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(schema.sessions.userId, user!.id));
    expect((await t.http.post('/graphql').set('cookie', cookie).send({ query: viewerQuery })).body.data.viewer).toBeNull();
  });

  it('refreshes a session’s expiry and a token’s last use now and then, not on every request', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ email: DEMO_LOGINS.PROVIDER, password: DEMO_PASSWORD });
    const cookie = sessionCookie(login.headers['set-cookie']).split(';')[0]!;
    const tokenHash = hashToken(cookie.split('=')[1]!);
    const sessionOf = async () => (await t.database.db.select().from(schema.sessions).where(eq(schema.sessions.tokenHash, tokenHash)))[0]!;
    const fresh = await sessionOf();
    await t.http.post('/graphql').set('cookie', cookie).send({ query: viewerQuery });
    expect((await sessionOf()).expiresAt).toEqual(fresh.expiresAt);
    const longAgo = new Date(Date.now() - 60 * 60 * 1000);
    await t.database.db.update(schema.sessions).set({ lastSeenAt: longAgo }).where(eq(schema.sessions.tokenHash, tokenHash));
    await t.http.post('/graphql').set('cookie', cookie).send({ query: viewerQuery });
    expect((await sessionOf()).lastSeenAt.getTime()).toBeGreaterThan(longAgo.getTime());

    const tokenUse = async () => (await t.database.db.select().from(schema.apiClients))[0]!.lastUsedAt;
    await t.database.db.update(schema.apiClients).set({ lastUsedAt: null });
    expect((await t.http.get('/api/v1/regions').set(await t.headersFor('API_CLIENT'))).status).toBe(200);
    const first = await tokenUse();
    expect(first).toBeInstanceOf(Date);
    expect((await t.http.get('/api/v1/regions').set(await t.headersFor('API_CLIENT'))).status).toBe(200);
    expect(await tokenUse()).toEqual(first);
  });

  it('stores sessions and passwords only as hashes', async () => {
    const login = await t.http.post('/api/v1/auth/login').send({ email: DEMO_LOGINS.PROGRAMME_ADMIN, password: DEMO_PASSWORD });
    const token = sessionCookie(login.headers['set-cookie']).split(';')[0]!.split('=')[1]!;
    const sessions = await t.database.db.select().from(schema.sessions);
    expect(sessions.some((s) => s.tokenHash === token)).toBe(false);
    expect(sessions.every((s) => /^[0-9a-f]{64}$/.test(s.tokenHash))).toBe(true);
    const users = await t.database.db.select().from(schema.users);
    expect(users.every((u) => u.passwordHash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$'))).toBe(true);
  });

  it('refuses cookie-authenticated writes from a foreign origin or as a plain form (CSRF)', async () => {
    const { cookie } = await t.headersFor('COMPANY_ADMIN');
    const foreign = await t.http.post('/api/v1/auth/logout').set('cookie', cookie!).set('origin', 'https://evil.example').send({});
    expect(foreign.status).toBe(403);
    const form = await t.http
      .post('/graphql')
      .set('cookie', cookie!)
      .set('content-type', 'application/x-www-form-urlencoded')
      .send('query=mutation{employeeDeactivate(id:"x"){userErrors{code}}}');
    expect(form.status).toBe(403);
    // The session survived both attempts.
    const me = await t.graphql('COMPANY_ADMIN', viewerQuery);
    expect(me.body.data.viewer.user.email).toBe(DEMO_LOGINS.COMPANY_ADMIN);
  });
});

describe('sign-in rate limit', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({ config: { loginRateLimit: { max: 3, timeWindowMs: 60_000 } } });
  });
  afterAll(() => limited.close());

  it('answers 429 after too many attempts, even with the right password', async () => {
    for (let i = 0; i < 3; i++) {
      const response = await limited.http.post('/api/v1/auth/login').send({ email: DEMO_LOGINS.COMPANY_ADMIN, password: 'guess' + i });
      expect(response.status).toBe(401);
    }
    const blocked = await limited.http.post('/api/v1/auth/login').send({ email: DEMO_LOGINS.COMPANY_ADMIN, password: DEMO_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('RATE_LIMITED');
    expect(blocked.headers['set-cookie']).toBeUndefined();
  });
});
