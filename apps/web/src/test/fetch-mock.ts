import { vi } from 'vitest';

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

type Responder = (request: RecordedRequest) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/**
 * Replaces `fetch` for SPA unit tests: each request goes to the responder for its path
 * (GraphQL requests by operation name, `graphql:Viewer`), and is recorded for assertions.
 */
export function mockFetch(responders: Record<string, Responder>) {
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const request: RecordedRequest = {
      url,
      method: init.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      body,
    };
    requests.push(request);
    const key =
      url === '/graphql' ? `graphql:${(body as { operationName?: string } | undefined)?.operationName ?? ''}` : url;
    const responder = responders[key];
    if (!responder) throw new Error(`unexpected request ${key}`);
    return responder(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}

export const companyAdminViewer = {
  user: { id: 'u1', email: 'foretag@demo.smartkompetens.se', displayName: 'Karin Lund', locale: 'sv' },
  memberships: [
    {
      id: 'm1',
      role: 'COMPANY_ADMIN',
      region: null,
      company: { id: 'c1', name: 'Fyrisgjuteriet AB', employeeCount: 42, region: { code: '03', name: 'Uppsala län' } },
      provider: null,
      employee: null,
    },
  ],
};

export const employeeViewer = {
  user: { id: 'u2', email: 'medarbetare@demo.smartkompetens.se', displayName: 'Olle Berg', locale: 'sv' },
  memberships: [
    {
      id: 'm2',
      role: 'EMPLOYEE',
      region: null,
      company: { id: 'c1', name: 'Fyrisgjuteriet AB', employeeCount: 42, region: { code: '03', name: 'Uppsala län' } },
      provider: null,
      employee: { id: 'e1', firstName: 'Olle', lastName: 'Berg', company: { id: 'c1', name: 'Fyrisgjuteriet AB' } },
    },
  ],
};

export const regionAdminViewer = {
  user: { id: 'u3', email: 'region.uppsala@demo.smartkompetens.se', displayName: 'Region Uppsala', locale: 'sv' },
  memberships: [
    {
      id: 'm3',
      role: 'REGION_ADMIN',
      region: { code: '03', name: 'Uppsala län', ownerName: 'Region Uppsala', companyCount: 5 },
      company: null,
      provider: null,
      employee: null,
    },
  ],
};

export const providerViewer = {
  user: { id: 'u4', email: 'teknikcollege@demo.smartkompetens.se', displayName: 'Teknikcollege Uppland', locale: 'sv' },
  memberships: [
    {
      id: 'm4',
      role: 'PROVIDER',
      region: null,
      company: null,
      provider: { id: 'p1', name: 'Teknikcollege Uppland', region: { code: '03', name: 'Uppsala län' } },
      employee: null,
    },
  ],
};
