import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { setUnauthenticatedHandler } from './api/graphql.ts';
import App from './app.vue';
import { createAppI18n } from './i18n.ts';
import { createAppRouter } from './router.ts';
import { useSessionStore } from './stores/session.ts';
import './styles/index.css';

const app = createApp(App);
const pinia = createPinia();
const i18n = createAppI18n();
const router = createAppRouter();

app.use(pinia).use(i18n).use(router);

setUnauthenticatedHandler(() => {
  // The session ended behind our back (expired, signed out in another tab): start over at
  // sign-in and come back here afterwards.
  const session = useSessionStore(pinia);
  if (!session.isSignedIn) return;
  session.clear();
  const here = router.currentRoute.value;
  void router.replace({ name: 'sign-in', query: here.meta.public ? {} : { redirect: here.fullPath } });
});

app.mount('#app');
