import type { RouteRecordRaw } from 'vue-router';
import { useSessionStore } from '../../stores/session.ts';

export const homeRoutes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: () => import('./views/home-view.vue'),
    meta: { titleKey: 'home.title' },
    beforeEnter: () => {
      // An employee's whole world is their own profile: they land on their firm's page,
      // which shows only themself.
      const session = useSessionStore();
      if (session.role === 'EMPLOYEE' && session.companyId) {
        return { name: 'company', params: { id: session.companyId } };
      }
      return true;
    },
  },
];
