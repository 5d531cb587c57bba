import autocannon from 'autocannon';
import type { EventEmitter } from 'node:events';

export interface LoadResult {
  requests: number;
  reqPerSec: number;
  /** Null when no request finished within the run. */
  p50: number | null;
  p95: number | null;
  p99: number | null;
  /** Connection errors, timeouts and 5xx answers. */
  errors: number;
  /** 4xx answers (a refused write is a 200 with userErrors in GraphQL, so these are faults). */
  clientErrors: number;
}

export interface Target {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  /** Called per request when the body must differ between requests. */
  body?: (n: number) => string;
  fixedBody?: string;
}

function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Drives one target with autocannon for `seconds` at `connections` concurrent clients and
 * returns throughput and latency. autocannon's own summary has p97.5 but no p95, so the
 * latencies are kept here from its per-response event and the percentiles computed exactly.
 */
export async function drive(target: Target, options: { connections: number; seconds: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let clientErrors = 0;
  let n = 0;
  const perRequest = target.body;
  // Without a callback autocannon returns its tracker, an EventEmitter that is also awaitable
  // (its typings only say Promise).
  const instance = autocannon({
    url: target.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    requests: [
      {
        method: target.method,
        headers: target.headers,
        ...(target.fixedBody !== undefined ? { body: target.fixedBody } : {}),
        ...(perRequest ? { setupRequest: (request: autocannon.Request) => ({ ...request, body: perRequest(n++) }) } : {}),
      },
    ],
  }) as unknown as EventEmitter & Promise<autocannon.Result>;
  // Only answers that succeeded count towards throughput and latency: a fast 500 is no answer.
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode >= 500) errors++;
    else if (statusCode >= 400) clientErrors++;
    else latencies.push(responseTime);
  });
  const result = await instance;
  const sorted = Float64Array.from(latencies).sort();
  // Nothing answered within the run: every request took longer than the run itself.
  if (!sorted.length) return { requests: 0, reqPerSec: 0, p50: null, p95: null, p99: null, errors: errors + result.errors + result.timeouts, clientErrors };
  return {
    requests: latencies.length,
    reqPerSec: Math.round((latencies.length / options.seconds) * 10) / 10,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    errors: errors + result.errors + result.timeouts,
    clientErrors,
  };
}

const round = (ms: number) => Math.round(ms * 10) / 10;
