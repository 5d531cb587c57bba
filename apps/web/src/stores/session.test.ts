import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { companyAdminViewer, json, mockFetch } from '../test/fetch-mock.ts';
import { useSessionStore } from './session.ts';

describe('session store', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it('signs in, then learns the viewer and its first membership from GraphQL', async () => {
    const { requests } = mockFetch({
      '/api/v1/auth/login': () => json({ user: companyAdminViewer.user }),
      'graphql:Viewer': () => json({ data: { viewer: companyAdminViewer } }),
    });
    const session = useSessionStore();

    const result = await session.signIn('foretag@demo.smartkompetens.se', 'Kompetens-2026');

    expect(result).toEqual({ ok: true });
    expect(session.isSignedIn).toBe(true);
    expect(session.user?.displayName).toBe('Karin Lund');
    expect(session.role).toBe('COMPANY_ADMIN');
    expect(session.companyId).toBe('c1');
    const login = requests[0]!;
    expect(login.method).toBe('POST');
    expect(login.headers['content-type']).toBe('application/json');
    expect(login.body).toEqual({ email: 'foretag@demo.smartkompetens.se', password: 'Kompetens-2026' });
  });

  it('reports wrong credentials with the server message and stays signed out', async () => {
    mockFetch({
      '/api/v1/auth/login': () => json({ code: 'INVALID_CREDENTIALS', message: 'Wrong email or password' }, 401),
    });
    const session = useSessionStore();

    const result = await session.signIn('foretag@demo.smartkompetens.se', 'wrong');

    expect(result).toEqual({ ok: false, code: 'INVALID_CREDENTIALS', message: 'Wrong email or password' });
    expect(session.isSignedIn).toBe(false);
  });

  it('reports rate limiting with the time to wait', async () => {
    mockFetch({
      '/api/v1/auth/login': () => json({ code: 'RATE_LIMITED', message: 'Too many attempts' }, 429, { 'retry-after': '120' }),
    });
    const result = await useSessionStore().signIn('a@b.se', 'x');
    expect(result).toEqual({ ok: false, code: 'RATE_LIMITED', message: 'Too many attempts', retryAfterSeconds: 120 });
  });

  it('reports a network failure instead of throwing', async () => {
    mockFetch({
      '/api/v1/auth/login': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const result = await useSessionStore().signIn('a@b.se', 'x');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('NETWORK');
  });

  it('signs out on the server with a JSON body and forgets the viewer', async () => {
    const { requests } = mockFetch({
      '/api/v1/auth/login': () => json({ user: companyAdminViewer.user }),
      'graphql:Viewer': () => json({ data: { viewer: companyAdminViewer } }),
      '/api/v1/auth/logout': () => new Response(null, { status: 204 }),
    });
    const session = useSessionStore();
    await session.signIn('foretag@demo.smartkompetens.se', 'Kompetens-2026');

    await session.signOut();

    expect(session.isSignedIn).toBe(false);
    expect(session.viewer).toBeNull();
    expect(session.activeMembership).toBeNull();
    const logout = requests.find((r) => r.url === '/api/v1/auth/logout')!;
    expect(logout.method).toBe('POST');
    expect(logout.headers['content-type']).toBe('application/json');
    expect(logout.body).toEqual({});
  });

  it('clears the viewer even when sign-out cannot reach the server', async () => {
    mockFetch({
      'graphql:Viewer': () => json({ data: { viewer: companyAdminViewer } }),
      '/api/v1/auth/logout': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const session = useSessionStore();
    await session.ensureLoaded();
    expect(session.isSignedIn).toBe(true);

    await session.signOut();

    expect(session.isSignedIn).toBe(false);
  });

  it('loads the viewer once however many navigations ask for it', async () => {
    const { fetchMock } = mockFetch({ 'graphql:Viewer': () => json({ data: { viewer: null } }) });
    const session = useSessionStore();
    await Promise.all([session.ensureLoaded(), session.ensureLoaded()]);
    await session.ensureLoaded();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(session.isSignedIn).toBe(false);
  });

  it('remembers the chosen membership among several', async () => {
    const twoRoles = {
      ...companyAdminViewer,
      memberships: [
        ...companyAdminViewer.memberships,
        { id: 'm9', role: 'PROVIDER', region: null, company: null, employee: null, provider: { id: 'p1', name: 'Teknikcollege Uppland' } },
      ],
    };
    mockFetch({ 'graphql:Viewer': () => json({ data: { viewer: twoRoles } }) });
    const session = useSessionStore();
    await session.ensureLoaded();
    expect(session.role).toBe('COMPANY_ADMIN');

    session.setActiveMembership('m9');

    expect(session.role).toBe('PROVIDER');
    expect(localStorage.getItem('smartkompetens.activeMembership')).toBe('m9');
  });
});
