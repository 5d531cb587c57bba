import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { TableLoad, Value } from './tables.ts';

/** One value in PostgreSQL's COPY text format. */
function field(value: Value): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

export interface Progress {
  /** Called now and then with the rows written so far to a table. */
  (table: string, rows: number, done: boolean): void;
}

/** Rows per chunk handed to the COPY stream: large enough to keep both sides busy. */
const CHUNK_ROWS = 2_000;

/** Streams a table's rows into it with COPY FROM STDIN; returns the number of rows. */
export async function copyTable(client: pg.PoolClient | pg.Client, load: TableLoad, progress: Progress): Promise<number> {
  let count = 0;
  let lastReport = 0;
  function* chunks(): Generator<string> {
    let lines: string[] = [];
    for (const row of load.rows()) {
      lines.push(row.map(field).join('\t'));
      count++;
      if (lines.length === CHUNK_ROWS) {
        yield `${lines.join('\n')}\n`;
        lines = [];
        const now = performance.now();
        if (now - lastReport > 1_000) {
          lastReport = now;
          progress(load.table, count, false);
        }
      }
    }
    if (lines.length) yield `${lines.join('\n')}\n`;
  }
  const columns = load.columns.map((c) => `"${c}"`).join(', ');
  const stream = client.query(copyFrom(`copy "${load.table}" (${columns}) from stdin`));
  await pipeline(Readable.from(chunks()), stream);
  progress(load.table, count, true);
  return count;
}
