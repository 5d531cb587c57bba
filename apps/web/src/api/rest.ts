/** A JSON answer from the REST API, whatever its status. */
export interface RestResponse<TBody> {
  status: number;
  body: TBody | undefined;
  headers: Headers;
}

/**
 * POSTs JSON to the REST API. Always sends `content-type: application/json`: the API refuses
 * unsafe requests without it, which is what keeps cross-site form posts (CSRF) out.
 * Throws only when the network fails; HTTP errors are returned for the caller to interpret.
 */
export async function postJson<TBody>(path: string, payload: unknown = {}): Promise<RestResponse<TBody>> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(payload),
  });
  let body: TBody | undefined;
  if (response.status !== 204 && response.headers.get('content-type')?.includes('json')) {
    body = (await response.json().catch(() => undefined)) as TBody | undefined;
  }
  return { status: response.status, body, headers: response.headers };
}
