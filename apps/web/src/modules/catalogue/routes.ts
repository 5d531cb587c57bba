import type { Role } from '@smartkompetens/domain';
import type { RouteLocationRaw, RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../../composables/use-navigation.ts';
import { useSessionStore } from '../../stores/session.ts';

/** Who plans a firm's training (recommendations, enrolments): its own admins. */
export const trainingPlanners: readonly Role[] = ['COMPANY_ADMIN'];
/** Who follows course demand across a county, with the firms behind it. */
export const demandFollowers: readonly Role[] = ['REGION_ADMIN', 'PROGRAMME_ADMIN'];

const companyId = (route: { params: Record<string, unknown> }) => ({ companyId: String(route.params.id) });

export const catalogueRoutes: RouteRecordRaw[] = [
  {
    path: '/courses',
    name: 'catalogue',
    component: () => import('./views/catalogue-search-view.vue'),
    meta: { titleKey: 'catalogue.search.title' },
  },
  {
    path: '/courses/:id',
    name: 'catalogue-course',
    component: () => import('./views/course-view.vue'),
    props: (route) => ({ courseId: String(route.params.id) }),
    meta: { titleKey: 'catalogue.course.title' },
  },
  {
    path: '/companies/:id/recommended-courses',
    name: 'catalogue-recommendations',
    component: () => import('./views/recommendations-view.vue'),
    props: companyId,
    meta: { roles: trainingPlanners, titleKey: 'catalogue.recommendations.title' },
  },
  {
    path: '/companies/:id/enrolments',
    name: 'catalogue-enrolments',
    component: () => import('./views/company-enrolments-view.vue'),
    props: companyId,
    meta: { roles: trainingPlanners, titleKey: 'catalogue.enrolments.title' },
  },
  {
    path: '/companies/:id/training-plan',
    name: 'catalogue-training-plan',
    component: () => import('./views/training-plan-view.vue'),
    props: companyId,
    meta: { roles: trainingPlanners, titleKey: 'catalogue.plan.title' },
  },
  {
    path: '/my-courses',
    name: 'catalogue-my-courses',
    component: () => import('./views/my-courses-view.vue'),
    meta: { roles: ['EMPLOYEE'], titleKey: 'catalogue.myCourses.title' },
  },
  {
    path: '/provider/courses',
    name: 'provider-courses',
    component: () => import('./views/provider-courses-view.vue'),
    meta: { roles: ['PROVIDER'], titleKey: 'catalogue.provider.courses.title' },
  },
  {
    path: '/provider/courses/new',
    name: 'provider-course-new',
    component: () => import('./views/provider-course-form-view.vue'),
    meta: { roles: ['PROVIDER'], titleKey: 'catalogue.provider.courseForm.newTitle' },
  },
  {
    path: '/provider/courses/:id',
    name: 'provider-course',
    component: () => import('./views/provider-course-view.vue'),
    props: (route) => ({ courseId: String(route.params.id) }),
    meta: { roles: ['PROVIDER'], titleKey: 'catalogue.provider.course.title' },
  },
  {
    path: '/provider/courses/:id/edit',
    name: 'provider-course-edit',
    component: () => import('./views/provider-course-form-view.vue'),
    props: (route) => ({ courseId: String(route.params.id) }),
    meta: { roles: ['PROVIDER'], titleKey: 'catalogue.provider.courseForm.editTitle' },
  },
  {
    path: '/provider/courses/:id/occasions/new',
    name: 'provider-occasion-new',
    component: () => import('./views/provider-occasion-form-view.vue'),
    props: (route) => ({ courseId: String(route.params.id) }),
    meta: { roles: ['PROVIDER'], titleKey: 'catalogue.provider.occasionForm.newTitle' },
  },
  {
    path: '/provider/occasions/:id',
    name: 'provider-occasion',
    component: () => import('./views/provider-occasion-view.vue'),
    props: (route) => ({ occasionId: String(route.params.id) }),
    meta: { roles: ['PROVIDER'], titleKey: 'catalogue.provider.occasion.title' },
  },
  {
    path: '/provider/occasions/:id/edit',
    name: 'provider-occasion-edit',
    component: () => import('./views/provider-occasion-form-view.vue'),
    props: (route) => ({ occasionId: String(route.params.id) }),
    meta: { roles: ['PROVIDER'], titleKey: 'catalogue.provider.occasionForm.editTitle' },
  },
  {
    path: '/provider/requests',
    name: 'provider-requests',
    component: () => import('./views/provider-requests-view.vue'),
    meta: { roles: ['PROVIDER'], titleKey: 'catalogue.provider.requests.title' },
  },
  {
    path: '/provider/demand',
    name: 'provider-demand',
    component: () => import('./views/provider-demand-view.vue'),
    meta: { roles: ['PROVIDER'], titleKey: 'catalogue.demand.providerTitle' },
  },
  {
    path: '/course-demand',
    name: 'region-course-demand',
    component: () => import('./views/region-demand-view.vue'),
    meta: { roles: demandFollowers, titleKey: 'catalogue.demand.regionTitle' },
  },
];

export interface CatalogueTab {
  key: string;
  labelKey: string;
  to: RouteLocationRaw;
  /** Path prefixes of the pages the tab stands for. */
  sections: string[];
}

/**
 * The training pages of the active role, as the module's own tabs: the main navigation has a
 * single "Training" entry per role (it is full already), and these tabs lead on from it.
 */
export function catalogueTabs(): CatalogueTab[] {
  const session = useSessionStore();
  const role = session.role;
  if (!role) return [];
  const search: CatalogueTab = { key: 'catalogue', labelKey: 'catalogue.nav.catalogue', to: { name: 'catalogue' }, sections: ['/courses'] };
  const companyId = session.companyId;
  if (role === 'COMPANY_ADMIN' && companyId) {
    const base = `/companies/${companyId}`;
    return [
      { key: 'recommendations', labelKey: 'catalogue.nav.recommendations', to: { name: 'catalogue-recommendations', params: { id: companyId } }, sections: [`${base}/recommended-courses`] },
      search,
      { key: 'enrolments', labelKey: 'catalogue.nav.enrolments', to: { name: 'catalogue-enrolments', params: { id: companyId } }, sections: [`${base}/enrolments`] },
      { key: 'plan', labelKey: 'catalogue.nav.plan', to: { name: 'catalogue-training-plan', params: { id: companyId } }, sections: [`${base}/training-plan`] },
    ];
  }
  if (role === 'EMPLOYEE') {
    return [{ key: 'my-courses', labelKey: 'catalogue.nav.myCourses', to: { name: 'catalogue-my-courses' }, sections: ['/my-courses'] }, search];
  }
  if (role === 'PROVIDER') {
    return [
      { key: 'provider-courses', labelKey: 'catalogue.nav.providerCourses', to: { name: 'provider-courses' }, sections: ['/provider/courses', '/provider/occasions'] },
      { key: 'provider-requests', labelKey: 'catalogue.nav.providerRequests', to: { name: 'provider-requests' }, sections: ['/provider/requests'] },
      { key: 'provider-demand', labelKey: 'catalogue.nav.courseDemand', to: { name: 'provider-demand' }, sections: ['/provider/demand'] },
      search,
    ];
  }
  if (demandFollowers.includes(role)) {
    return [{ key: 'course-demand', labelKey: 'catalogue.nav.courseDemand', to: { name: 'region-course-demand' }, sections: ['/course-demand'] }, search];
  }
  return [search];
}

/**
 * The catalogue's one entry in the main navigation: the active role's first training page,
 * marked current on every page of the module.
 */
export function catalogueNavItems(): NavItem[] {
  const [first, ...rest] = catalogueTabs();
  if (!first) return [];
  const sections = [first, ...rest].flatMap((tab) => tab.sections);
  return [{ key: 'catalogue', labelKey: 'catalogue.nav.training', to: first.to, section: sections[0]!, also: sections.slice(1) }];
}
