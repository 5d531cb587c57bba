import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig, type Plugin } from 'vite';

const api = process.env.API_URL ?? 'http://localhost:3000';

/**
 * Replaces each `graphql(`…`)` call in a TypeScript module with the document codegen generated
 * for it, each in a module of its own. At run time the client preset's graphql() looks documents
 * up in one map holding every document of every module, and src/gql/graphql.ts is one module
 * too: either way all documents would land in the initial chunk. One module per document lets
 * each land in the lazy chunk of the view that runs it. Calls it cannot read (interpolations, no
 * operation name) are left to the runtime lookup.
 */
export function graphqlDocuments(): Plugin {
  const generated = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));
  const prefix = 'virtual:graphql-document/';
  // A template without interpolations (`${`); GraphQL's own `$variables` are fine.
  const call = /\bgraphql\(\s*`((?:[^`$]|\$(?!\{))*)`\s*\)/g;
  const header = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/;
  return {
    name: 'smartkompetens:graphql-documents',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const name = id.slice(prefix.length + 1);
      this.addWatchFile(generated);
      // Codegen writes each document as one line: `export const XDocument = {…} as unknown as DocumentNode<…>;`
      const found = new RegExp(`^export const ${name} = (\\{.*\\}) as unknown as DocumentNode<`, 'm').exec(readFileSync(generated, 'utf8'));
      if (!found) this.error(`${name} is not in src/gql/graphql.ts: run pnpm codegen`);
      return `export default ${found[1]};`;
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? '';
      if (!file.endsWith('.ts') || file.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const names = new Set<string>();
      let left = false;
      const replaced = code.replace(call, (whole, body: string) => {
        const match = header.exec(body);
        if (!match) {
          left = true;
          return whole;
        }
        const name = match[1] === 'fragment' ? `${match[2]}FragmentDoc` : `${match[2]}Document`;
        names.add(name);
        // Aliased: modules name their constant after the document (`const ViewerDocument = …`).
        return `__generated_${name}`;
      });
      if (names.size === 0) return null;
      // The graphql() import is dead once every call is replaced; dropping it keeps the map out.
      const withoutLookup = left ? replaced : replaced.replace(/^import \{ graphql \} from '[^']*\/gql\/index\.ts';\n/m, '');
      const imports = [...names].map((name) => `import __generated_${name} from '${prefix}${name}';\n`).join('');
      return { code: imports + withoutLookup, map: null };
    },
  };
}

export default defineConfig({
  plugins: [graphqlDocuments(), vue()],
  define: {
    // Compile-time flags: the app uses only the Composition API, so Vue and vue-i18n can drop
    // the Options/legacy code paths (several KB of the initial bundle).
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'true',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'false',
  },
  server: {
    port: 5173,
    // Same origin in dev as in production, so the httpOnly session cookie just works. The Host
    // header is passed through unchanged (the string shorthand would rewrite it): the API's CSRF
    // check compares Origin with Host and would refuse writes from the dev server otherwise.
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/api': { target: api, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: false,
  },
});
