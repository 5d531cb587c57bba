import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from './processes.ts';

export interface SpaSize {
  /** The entry script and everything it preloads: what the first screen must fetch, gzip. */
  initialJsGzipKb: number;
  largestChunk: { file: string; gzipKb: number };
}

const gzipKb = (file: string) => Math.round((gzipSync(readFileSync(file), { level: 9 }).length / 1024) * 10) / 10;

/** Reads the built SPA (apps/web/dist): sizes as a browser fetches them, gzip level 9. */
export function spaSize(): SpaSize {
  const dist = join(repoRoot, 'apps/web/dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const initialSet = new Set(initial);
  const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const routeChunks = assets.filter((f) => !initialSet.has(`assets/${f}`)).map((f) => ({ file: f, gzipKb: gzipKb(join(dist, 'assets', f)) }));
  routeChunks.sort((a, b) => b.gzipKb - a.gzipKb);
  return {
    initialJsGzipKb: Math.round(initial.reduce((sum, f) => sum + gzipKb(join(dist, f)), 0) * 10) / 10,
    largestChunk: routeChunks[0] ?? { file: '-', gzipKb: 0 },
  };
}

export function builtAt(file: string): number {
  try {
    return statSync(join(repoRoot, file)).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * A 100 000-row skills-matrix CSV for the contention firm (the importer's maximum): its people
 * by email, cycled, three competence columns. Repeated people are a problem the dry run must
 * report row by row, which is part of the work measured.
 */
export function importCsv(emails: string[], competenceCodes: string[], rows = 100_000): Buffer {
  const header = ['E-post', ...competenceCodes].join(';');
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    lines.push([emails[i % emails.length], ...competenceCodes.map((_, c) => String(1 + ((i + c) % 5)))].join(';'));
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}
