import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './processes.ts';

export interface ScenarioResult {
  id: string;
  title: string;
  transport: string;
  write: boolean;
  reqPerSec: number;
  /** Null when no request finished within the run (each took longer than the run). */
  p50: number | null;
  p95: number | null;
  p99: number | null;
  errors: number;
  clientErrors: number;
  /** SQL statements of one request, sent alone. */
  statements: number | null;
  peakRssMb: number;
  limitReqPerSec: number | null;
  peerReqPerSec: number | null;
  /** Scenario-specific checks, e.g. overbooked occasions after the enrolment run. */
  checks?: Record<string, number>;
}

export interface BenchResult {
  date: string;
  size: string;
  database: 'postgres' | 'pglite';
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; postgres: string; loadAverage: number[] };
  settings: { seconds: number; warmupSeconds: number; connections: number };
  dataset: Record<string, number>;
  scenarios: ScenarioResult[];
  coldStartMs: number | null;
  peakRssMb: number;
  spa: { initialJsGzipKb: number; largestChunk: { file: string; gzipKb: number } } | null;
  import: { rows: number; seconds: number; rowsPerSec: number; problems: number } | null;
}

const pct = (a: number | null, b: number | null) => (a !== null && b ? `${Math.round((a / b) * 100)} %` : '–');
const ms = (v: number | null, r: BenchResult) => (v === null ? `> ${r.settings.seconds * 1000}` : String(v));
const num = (v: number | null | undefined) => (v === null || v === undefined ? '–' : String(v));

/** The goals of issue 7, judged on this run: [goal, met?, figure]. */
export function goals(result: BenchResult): [string, boolean | null, string][] {
  const reads = result.scenarios.filter((s) => !s.write);
  const writes = result.scenarios.filter((s) => s.write);
  const worstP95 = Math.max(...reads.map((s) => s.p95 ?? Infinity));
  const limitRatios = reads.filter((s) => s.limitReqPerSec).map((s) => s.reqPerSec / s.limitReqPerSec!);
  const peer = reads.filter((s) => s.peerReqPerSec);
  const overbooked = writes.reduce((n, s) => n + (s.checks?.overbooked ?? 0) + (s.checks?.overspentLines ?? 0), 0);
  return [
    ['read p95 < 100 ms at 20 clients', worstP95 < 100, worstP95 === Infinity ? `worst > ${result.settings.seconds * 1000} ms (nothing answered)` : `worst ${worstP95} ms`],
    ['≥ 80 % of the bare-SQL limit', limitRatios.length ? Math.min(...limitRatios) >= 0.8 : null, limitRatios.length ? `lowest ${Math.round(Math.min(...limitRatios) * 100)} %` : 'not measured'],
    ['ahead of PostGraphile', peer.length ? peer.every((s) => s.reqPerSec > s.peerReqPerSec!) : null, peer.map((s) => `${s.id} ${pct(s.reqPerSec, s.peerReqPerSec)}`).join(', ') || 'not measured'],
    ['no overbooking, no overspend, no 5xx', overbooked === 0 && result.scenarios.every((s) => s.errors === 0), `${overbooked} violations, ${result.scenarios.reduce((n, s) => n + s.errors, 0)} errors`],
    ['peak RSS < 300 MB', result.peakRssMb < 300, `${result.peakRssMb} MB`],
    ['cold start < 2 s', result.coldStartMs === null ? null : result.coldStartMs < 2000, `${num(result.coldStartMs)} ms`],
    ['SPA initial JS < 150 KB gzip', result.spa ? result.spa.initialJsGzipKb < 150 : null, result.spa ? `${result.spa.initialJsGzipKb} KB` : 'not measured'],
  ];
}

export function markdown(result: BenchResult): string {
  const lines = [
    `### ${result.size} dataset on ${result.database === 'postgres' ? `PostgreSQL ${result.machine.postgres}` : 'PGlite'} — ${result.date}`,
    '',
    `${result.machine.cpus} × ${result.machine.cpuModel}, ${result.machine.memoryGb} GB, Node ${result.machine.node}; load average at start ${result.machine.loadAverage.map((l) => l.toFixed(1)).join(' / ')} (shared with other work). ` +
      `${result.settings.connections} clients, ${result.settings.seconds} s per scenario after ${result.settings.warmupSeconds} s warm-up. ` +
      `Data: ${Object.entries(result.dataset).map(([t, n]) => `${n.toLocaleString('en')} ${t}`).join(', ')}.`,
    '',
    '| scenario | via | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/req | peak RSS MB | limit req/s | % of limit | PostGraphile req/s | % of PostGraphile |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...result.scenarios.map(
      (s) =>
        `| ${s.title} | ${s.transport} | ${s.reqPerSec} | ${ms(s.p50, result)} | ${ms(s.p95, result)} | ${ms(s.p99, result)} | ${s.errors}${s.clientErrors ? ` (+${s.clientErrors} 4xx)` : ''} | ${num(s.statements)} | ${s.peakRssMb} | ${num(s.limitReqPerSec)} | ${pct(s.reqPerSec, s.limitReqPerSec)} | ${num(s.peerReqPerSec)} | ${pct(s.reqPerSec, s.peerReqPerSec)} |`,
    ),
    '',
    ...result.scenarios
      .filter((s) => s.checks)
      .map((s) => `- ${s.title}: ${Object.entries(s.checks!).map(([k, v]) => `${k} ${v}`).join(', ')}`),
    `- cold start to first answer: ${num(result.coldStartMs)} ms; server peak RSS: ${result.peakRssMb} MB`,
    result.spa ? `- SPA initial JS: ${result.spa.initialJsGzipKb} KB gzip; largest route chunk ${result.spa.largestChunk.file}: ${result.spa.largestChunk.gzipKb} KB gzip` : '- SPA: not measured',
    result.import
      ? `- skills-matrix import, dry run: ${result.import.rows.toLocaleString('en')} rows in ${result.import.seconds} s = ${result.import.rowsPerSec.toLocaleString('en')} rows/s (${result.import.problems.toLocaleString('en')} problems reported)`
      : '- import: not measured',
    '',
    '| goal | met | figure |',
    '| --- | --- | --- |',
    ...goals(result).map(([goal, met, figure]) => `| ${goal} | ${met === null ? '–' : met ? 'yes' : '**no**'} | ${figure} |`),
    '',
  ];
  return lines.join('\n');
}

/** Writes the run as bench/results/<date>-<size>[-pglite].json and returns the path. */
export function saveResult(result: BenchResult): string {
  const file = join(repoRoot, 'bench/results', `${result.date}-${result.size}${result.database === 'pglite' ? '-pglite' : ''}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

export function baselinePath(size: string, database: string): string {
  return join(repoRoot, 'bench/results', `baseline-${size}${database === 'pglite' ? '-pglite' : ''}.json`);
}

/** Replaces this size's section of bench/README.md (between its markers) with the run's table. */
export function updateReadme(result: BenchResult): void {
  const file = join(repoRoot, 'bench/README.md');
  if (!existsSync(file)) return;
  const key = `${result.size}${result.database === 'pglite' ? '-pglite' : ''}`;
  const start = `<!-- bench:${key}:start -->`;
  const end = `<!-- bench:${key}:end -->`;
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) return;
  writeFileSync(file, `${text.slice(0, from + start.length)}\n${markdown(result)}${text.slice(to)}`);
}

/** The change of every figure against the committed baseline of the same size. */
export function compare(result: BenchResult, baseline: BenchResult): string {
  const change = (now: number | null, before: number | null, higherIsBetter: boolean) => {
    if (now === null || before === null || before === 0) return '–';
    const delta = ((now - before) / before) * 100;
    const better = higherIsBetter ? delta > 5 : delta < -5;
    const worse = higherIsBetter ? delta < -5 : delta > 5;
    return `${delta >= 0 ? '+' : ''}${delta.toFixed(0)} %${better ? ' ✓' : worse ? ' ✗' : ''}`;
  };
  const lines = [
    `Against the baseline of ${baseline.date} (${baseline.size}, ${baseline.database}):`,
    '',
    '| scenario | req/s | Δ req/s | p95 ms | Δ p95 | SQL/req (before → now) |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const s of result.scenarios) {
    const b = baseline.scenarios.find((x) => x.id === s.id);
    lines.push(`| ${s.title} | ${s.reqPerSec} | ${change(s.reqPerSec, b?.reqPerSec ?? null, true)} | ${ms(s.p95, result)} | ${change(s.p95, b?.p95 ?? null, false)} | ${num(b?.statements)} → ${num(s.statements)} |`);
  }
  lines.push(
    '',
    `cold start ${num(baseline.coldStartMs)} → ${num(result.coldStartMs)} ms; peak RSS ${baseline.peakRssMb} → ${result.peakRssMb} MB; ` +
      `SPA initial JS ${num(baseline.spa?.initialJsGzipKb)} → ${num(result.spa?.initialJsGzipKb)} KB; import ${num(baseline.import?.rowsPerSec)} → ${num(result.import?.rowsPerSec)} rows/s`,
  );
  return lines.join('\n');
}
