import { schema } from '@smartkompetens/db';
import { describe, expect, it } from 'vitest';
import type { Actor, TestApp } from './helper.ts';

/** Every kind of caller an authorization matrix tests. */
export const actors: Actor[] = ['ANONYMOUS', 'PROGRAMME_ADMIN', 'REGION_ADMIN', 'COMPANY_ADMIN', 'OTHER_COMPANY_ADMIN', 'EMPLOYEE', 'PROVIDER', 'API_CLIENT'];

/** The first GraphQL error code of a response, or null. */
export function errorCode(body: { errors?: { extensions?: { code?: string } }[] }): string | null {
  return body.errors?.[0]?.extensions?.code ?? null;
}

/** A query's outcome: its top-level error code, or what `pick` takes from the data. */
export async function queryOutcome(t: TestApp, actor: Actor, document: string, variables: Record<string, unknown>, pick: (data: any) => unknown) {
  const { body } = await t.graphql(actor, document, variables);
  return errorCode(body) ?? pick(body.data);
}

/** A mutation's outcome: 'ok', its first userError code, or its top-level error code. */
export async function mutationOutcome(t: TestApp, actor: Actor, document: string, variables: Record<string, unknown>): Promise<string> {
  const { body } = await t.graphql(actor, document, variables);
  const code = errorCode(body);
  if (code) return code;
  const payload = Object.values(body.data ?? {})[0] as { userErrors: { code: string }[] };
  return payload.userErrors[0]?.code ?? 'ok';
}

export interface MatrixRow {
  name: string;
  run(actor: Actor): Promise<unknown>;
  expected: Record<Actor, unknown>;
  /** Tables a refused call must leave as they were. */
  guards?: (keyof typeof schema)[];
}

/** One test per row: every actor's outcome must equal the row's expectation, and refusals write nothing. */
export function describeMatrix(title: string, app: () => TestApp, rows: MatrixRow[]): void {
  const count = (table: keyof typeof schema) => app().database.db.$count(schema[table] as never);
  describe(title, () => {
    for (const row of rows) {
      it(row.name, async () => {
        const actual: Partial<Record<Actor, unknown>> = {};
        for (const actor of actors) {
          const before = await Promise.all((row.guards ?? []).map(count));
          actual[actor] = await row.run(actor);
          if (actual[actor] !== 'ok') {
            expect(await Promise.all((row.guards ?? []).map(count)), `${actor} changed ${row.guards?.join(', ')}`).toEqual(before);
          }
        }
        expect(actual).toEqual(row.expected);
      });
    }
  });
}
