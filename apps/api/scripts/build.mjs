// Bundles the API and the workspace packages it imports into one ESM file, so production
// starts without compiling TypeScript (cold start). Third-party packages stay external and
// load from node_modules as Node resolves them (graphql as CommonJS, like Mercurius).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const workspace = (deps) => Object.entries(deps ?? {}).filter(([, v]) => String(v).startsWith('workspace:')).map(([k]) => k);
const internal = new Set([...workspace(pkg.dependencies), '@smartkompetens/db', '@smartkompetens/domain']);

const result = await build({
  entryPoints: [new URL('../src/server.ts', import.meta.url).pathname],
  outfile: new URL('../dist/server.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'externalise-third-party',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => {
          const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
          return internal.has(name) ? undefined : { path: args.path, external: true };
        });
      },
    },
  ],
});
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`api: dist/server.js (${(bytes / 1024).toFixed(0)} KiB with source map)`);
