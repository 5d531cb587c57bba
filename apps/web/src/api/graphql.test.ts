import { describe, expect, it, vi } from 'vitest';
import { ViewerDocument } from '../stores/session.ts';
import { json, mockFetch } from '../test/fetch-mock.ts';
import { ApiError, request, setUnauthenticatedHandler } from './graphql.ts';

describe('request', () => {
  it('posts the printed operation with its name and variables as JSON', async () => {
    const { requests } = mockFetch({ 'graphql:Viewer': () => json({ data: { viewer: null } }) });
    await expect(request(ViewerDocument)).resolves.toEqual({ viewer: null });
    const sent = requests[0]!;
    expect(sent.headers['content-type']).toBe('application/json');
    expect(sent.body).toMatchObject({ operationName: 'Viewer', variables: {} });
    expect((sent.body as { query: string }).query).toContain('query Viewer');
  });

  it('throws an ApiError with the code of a top-level GraphQL error', async () => {
    mockFetch({
      'graphql:Viewer': () => json({ data: null, errors: [{ message: 'No access', extensions: { code: 'FORBIDDEN' } }] }),
    });
    const error = await request(ViewerDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', message: 'No access' });
  });

  it('turns HTTP failures without a GraphQL body into codes', async () => {
    mockFetch({ 'graphql:Viewer': () => new Response('oops', { status: 502 }) });
    await expect(request(ViewerDocument)).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('tells the app once the session has expired', async () => {
    const handler = vi.fn();
    setUnauthenticatedHandler(handler);
    mockFetch({
      'graphql:Viewer': () => json({ errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] }),
    });
    await expect(request(ViewerDocument)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(handler).toHaveBeenCalledTimes(1);
    setUnauthenticatedHandler(undefined);
  });
});
