import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [vue()],
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
