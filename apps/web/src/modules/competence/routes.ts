import type { Role } from '@smartkompetens/domain';
import type { RouteRecordRaw } from 'vue-router';
import { useSessionStore } from '../../stores/session.ts';

/** Who follows a firm's competence (matrix, dashboard, supply plan): its admins, its region owner, programme admins. */
export const companyCompetenceReaders: readonly Role[] = ['PROGRAMME_ADMIN', 'REGION_ADMIN', 'COMPANY_ADMIN'];
/** Who rates people, imports assessments and keeps the supply plan: the firm's own admins. */
export const companyCompetenceEditors: readonly Role[] = ['COMPANY_ADMIN'];
/** Who may open a person's competence profile; the API decides whose (an employee: only their own). */
export const profileViewers: readonly Role[] = ['PROGRAMME_ADMIN', 'REGION_ADMIN', 'COMPANY_ADMIN', 'EMPLOYEE'];
/** Who follows gaps across a county. */
export const regionFollowers: readonly Role[] = ['PROGRAMME_ADMIN', 'REGION_ADMIN'];
/** Everyone but employees browses the framework; programme and company admins maintain it. */
export const frameworkReaders: readonly Role[] = ['PROGRAMME_ADMIN', 'REGION_ADMIN', 'COMPANY_ADMIN', 'PROVIDER'];
export const frameworkEditors: readonly Role[] = ['PROGRAMME_ADMIN', 'COMPANY_ADMIN'];

const companyId = (route: { params: Record<string, unknown> }) => ({ companyId: String(route.params.id) });

export const competenceRoutes: RouteRecordRaw[] = [
  {
    path: '/companies/:id/competence',
    name: 'competence-dashboard',
    component: () => import('./views/competence-dashboard-view.vue'),
    props: companyId,
    meta: { roles: companyCompetenceReaders, titleKey: 'competence.dashboard.title' },
  },
  {
    path: '/companies/:id/skills-matrix',
    name: 'skills-matrix',
    component: () => import('./views/skills-matrix-view.vue'),
    props: companyId,
    meta: { roles: companyCompetenceReaders, titleKey: 'competence.matrix.title' },
  },
  {
    path: '/companies/:id/team-rating',
    name: 'team-rating',
    component: () => import('./views/team-rating-view.vue'),
    props: companyId,
    meta: { roles: companyCompetenceEditors, titleKey: 'competence.rating.title' },
  },
  {
    path: '/companies/:id/assessments/import',
    name: 'assessment-import',
    component: () => import('./views/assessment-import-view.vue'),
    props: companyId,
    meta: { roles: companyCompetenceEditors, titleKey: 'competence.import.title' },
  },
  {
    path: '/companies/:id/supply-plan',
    name: 'supply-plan',
    component: () => import('./views/supply-plan-view.vue'),
    props: companyId,
    meta: { roles: companyCompetenceReaders, titleKey: 'competence.supplyPlan.title' },
  },
  {
    path: '/companies/:id/supply-plan/new',
    name: 'supply-plan-new',
    component: () => import('./views/supply-plan-form-view.vue'),
    props: (route) => ({
      companyId: String(route.params.id),
      competenceId: typeof route.query.competence === 'string' ? route.query.competence : undefined,
    }),
    meta: { roles: companyCompetenceEditors, titleKey: 'competence.supplyPlan.form.newTitle' },
  },
  {
    path: '/companies/:id/supply-plan/:itemId/edit',
    name: 'supply-plan-edit',
    component: () => import('./views/supply-plan-form-view.vue'),
    props: (route) => ({ companyId: String(route.params.id), itemId: String(route.params.itemId) }),
    meta: { roles: companyCompetenceEditors, titleKey: 'competence.supplyPlan.form.editTitle' },
  },
  {
    path: '/employees/:id/competence',
    name: 'employee-competence',
    component: () => import('./views/employee-competence-view.vue'),
    props: (route) => ({ employeeId: String(route.params.id) }),
    meta: { roles: profileViewers, titleKey: 'competence.profile.title' },
  },
  {
    path: '/self-assessment',
    name: 'self-assessment',
    component: () => import('./views/self-assessment-view.vue'),
    meta: { roles: ['EMPLOYEE'], titleKey: 'competence.self.title' },
  },
  {
    path: '/competence/regions',
    name: 'programme-competence',
    component: () => import('./views/programme-competence-view.vue'),
    meta: { roles: regionFollowers, titleKey: 'competence.programme.title' },
    beforeEnter: () => {
      // A region owner follows one county: straight to it.
      const session = useSessionStore();
      const code = session.activeMembership?.region?.code;
      if (session.role === 'REGION_ADMIN' && code) return { name: 'region-competence', params: { code } };
      return true;
    },
  },
  {
    path: '/competence/regions/:code',
    name: 'region-competence',
    component: () => import('./views/region-competence-view.vue'),
    props: true,
    meta: { roles: regionFollowers, titleKey: 'competence.region.title' },
  },
  {
    path: '/demand',
    name: 'competence-demand',
    component: () => import('./views/competence-demand-view.vue'),
    meta: { roles: ['PROVIDER'], titleKey: 'competence.demand.title' },
  },
  {
    path: '/framework',
    name: 'competence-framework',
    component: () => import('./views/competence-framework-view.vue'),
    meta: { roles: frameworkReaders, titleKey: 'competence.framework.title' },
  },
  {
    path: '/framework/competences/new',
    name: 'competence-new',
    component: () => import('./views/competence-form-view.vue'),
    props: (route) => ({ areaId: typeof route.query.area === 'string' ? route.query.area : undefined }),
    meta: { roles: frameworkEditors, titleKey: 'competence.framework.form.newTitle' },
  },
  {
    path: '/framework/competences/:id/edit',
    name: 'competence-edit',
    component: () => import('./views/competence-form-view.vue'),
    props: (route) => ({ competenceId: String(route.params.id) }),
    meta: { roles: frameworkEditors, titleKey: 'competence.framework.form.editTitle' },
  },
];
