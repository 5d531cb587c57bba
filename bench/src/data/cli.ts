import { parseArgs } from 'node:util';
import { loadDataset } from './load.ts';
import { parseSize } from './sizes.ts';

/**
 * pnpm bench:data --size small|large [--database NAME]
 * Loads into BENCH_DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432), into a
 * database of its own (bench_small / bench_large), dropped and recreated every time.
 */
const { values } = parseArgs({ options: { size: { type: 'string', default: 'small' }, database: { type: 'string' } }, allowPositionals: true });
const size = parseSize(values.size);
const server = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
try {
  await loadDataset(server, values.database ?? `bench_${size.name}`, size);
} catch (error) {
  console.error(`bench:data failed: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof Error && error.cause) console.error(error.cause);
  process.exitCode = 1;
}
