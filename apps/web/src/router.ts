import type { Role } from '@smartkompetens/domain';
import {
  createRouter,
  createWebHistory,
  type LocationQueryRaw,
  type RouteLocationNormalized,
  type RouteLocationRaw,
  type RouterHistory,
} from 'vue-router';
import { authRoutes } from './modules/auth/routes.ts';
import { budgetRoutes } from './modules/budget/routes.ts';
import { catalogueRoutes } from './modules/catalogue/routes.ts';
import { competenceRoutes } from './modules/competence/routes.ts';
import { homeRoutes } from './modules/home/routes.ts';
import { organisationRoutes } from './modules/organisations/routes.ts';
import { recruitmentRoutes } from './modules/recruitment/routes.ts';
import { useSessionStore } from './stores/session.ts';

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean;
    /** Roles whose active membership may enter; absent means every signed-in user. */
    roles?: readonly Role[];
    /** i18n key of the page title (document.title). */
    titleKey?: string;
    /** `bare` renders without the application shell (sign-in). */
    layout?: 'bare';
  }
}

export const routes = [
  ...authRoutes,
  ...homeRoutes,
  ...organisationRoutes,
  ...competenceRoutes,
  ...catalogueRoutes,
  ...budgetRoutes,
  ...recruitmentRoutes,
  {
    path: '/no-access',
    name: 'forbidden',
    component: () => import('./views/forbidden-view.vue'),
    meta: { titleKey: 'errors.forbidden.title' },
  },
  {
    path: '/error',
    name: 'error',
    component: () => import('./views/error-view.vue'),
    meta: { public: true, titleKey: 'errors.generic.title' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('./views/not-found-view.vue'),
    meta: { public: true, titleKey: 'errors.notFound.title' },
  },
];

/** Only paths inside this app: `//evil.example` and absolute URLs are open redirects. */
export function safeRedirect(value: unknown): string | null {
  const path = Array.isArray(value) ? value[0] : value;
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) {
    return null;
  }
  return path;
}

/**
 * Decides where a navigation may go: the viewer is loaded first (one GraphQL call, shared),
 * signed-out visitors are sent to sign-in with a way back, and routes that declare roles are
 * closed to other roles. The API enforces the same rules; this only keeps people off pages
 * that would answer FORBIDDEN.
 */
export async function guard(to: RouteLocationNormalized): Promise<true | RouteLocationRaw> {
  if (to.name === 'error') return true;
  const session = useSessionStore();
  try {
    await session.ensureLoaded();
  } catch {
    if (to.meta.public) return true;
    return { name: 'error', query: { from: to.fullPath } };
  }

  if (to.name === 'sign-in') {
    return session.isSignedIn ? (safeRedirect(to.query.redirect) ?? { name: 'home' }) : true;
  }
  if (to.meta.public) return true;

  if (!session.isSignedIn) {
    const query: LocationQueryRaw = to.fullPath === '/' ? {} : { redirect: to.fullPath };
    return { name: 'sign-in', query };
  }

  const allowed = to.meta.roles;
  if (allowed && !(session.role && allowed.includes(session.role))) {
    return { name: 'forbidden', query: { from: to.fullPath } };
  }
  return true;
}

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior(to, from, saved) {
      if (saved) return saved;
      // Filter and page changes stay put; a new page starts at the top.
      if (to.path === from.path) return false;
      return { top: 0 };
    },
  });
  router.beforeEach(guard);
  router.onError((error, to) => {
    // A lazy chunk that fails to load (new deploy, flaky network) lands on the error page.
    console.error(error);
    void router.replace({ name: 'error', query: { from: to.fullPath } });
  });
  return router;
}
