import type { Role } from '@smartkompetens/domain';
import type { RouteLocationRaw, RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../../composables/use-navigation.ts';
import { useSessionStore } from '../../stores/session.ts';

/** Who reads anonymised recruitment needs per county: the programme's owners and providers. */
export const needReaders: readonly Role[] = ['PROGRAMME_ADMIN', 'REGION_ADMIN', 'PROVIDER'];
/** Who decides applications to join. */
export const applicationDeciders: readonly Role[] = ['PROGRAMME_ADMIN', 'REGION_ADMIN'];
/** Who sees placements: the firms offering them and those filling or following them. */
export const placementViewers: readonly Role[] = ['PROGRAMME_ADMIN', 'REGION_ADMIN', 'PROVIDER', 'COMPANY_ADMIN'];

const companyId = (route: { params: Record<string, unknown> }) => ({ companyId: String(route.params.id) });

export const recruitmentRoutes: RouteRecordRaw[] = [
  {
    path: '/join',
    name: 'join',
    component: () => import('./views/join-view.vue'),
    meta: { public: true, layout: 'bare', titleKey: 'recruitment.join.title' },
  },
  {
    path: '/invitation',
    name: 'invitation',
    component: () => import('./views/invitation-view.vue'),
    meta: { public: true, layout: 'bare', titleKey: 'recruitment.invitation.title' },
  },
  {
    path: '/results',
    name: 'programme-results',
    component: () => import('./views/results-view.vue'),
    meta: { public: true, layout: 'bare', titleKey: 'recruitment.results.title' },
  },
  {
    path: '/recruitment-needs',
    name: 'recruitment-needs',
    component: () => import('./views/recruitment-needs-view.vue'),
    meta: { roles: needReaders, titleKey: 'recruitment.needs.title' },
  },
  {
    path: '/applications',
    name: 'join-applications',
    component: () => import('./views/applications-view.vue'),
    meta: { roles: applicationDeciders, titleKey: 'recruitment.applications.title' },
  },
  {
    path: '/placements',
    name: 'placements',
    component: () => import('./views/placements-view.vue'),
    meta: { roles: placementViewers, titleKey: 'recruitment.placements.title' },
  },
  {
    path: '/role-templates',
    name: 'role-templates',
    component: () => import('./views/role-templates-view.vue'),
    meta: { roles: ['PROGRAMME_ADMIN'], titleKey: 'recruitment.templates.title' },
  },
  {
    path: '/companies/:id/recruitment',
    name: 'company-recruitment',
    component: () => import('./views/company-recruitment-view.vue'),
    props: companyId,
    meta: { roles: ['COMPANY_ADMIN', 'REGION_ADMIN', 'PROGRAMME_ADMIN'], titleKey: 'recruitment.company.title' },
  },
  {
    path: '/companies/:id/get-started',
    name: 'get-started',
    component: () => import('./views/get-started-view.vue'),
    props: companyId,
    meta: { roles: ['COMPANY_ADMIN'], titleKey: 'recruitment.getStarted.title' },
  },
];

export interface RecruitmentTab {
  key: string;
  labelKey: string;
  to: RouteLocationRaw;
  section: string;
}

/** The module's tabs for the active role: one navigation entry, tabs inside (as decision 0013 does for the catalogue). */
export function recruitmentTabs(): RecruitmentTab[] {
  const session = useSessionStore();
  const role = session.role;
  const tabs: RecruitmentTab[] = [];
  if (role && needReaders.includes(role)) tabs.push({ key: 'needs', labelKey: 'recruitment.tabs.needs', to: { name: 'recruitment-needs' }, section: '/recruitment-needs' });
  if (role === 'COMPANY_ADMIN' && session.companyId) {
    tabs.push({ key: 'company', labelKey: 'recruitment.tabs.company', to: { name: 'company-recruitment', params: { id: session.companyId } }, section: `/companies/${session.companyId}/recruitment` });
  }
  if (role === 'COMPANY_ADMIN' && session.companyId) {
    tabs.push({ key: 'get-started', labelKey: 'recruitment.nav.getStarted', to: { name: 'get-started', params: { id: session.companyId } }, section: `/companies/${session.companyId}/get-started` });
  }
  if (role && placementViewers.includes(role)) tabs.push({ key: 'placements', labelKey: 'recruitment.tabs.placements', to: { name: 'placements' }, section: '/placements' });
  if (role && applicationDeciders.includes(role)) tabs.push({ key: 'applications', labelKey: 'recruitment.tabs.applications', to: { name: 'join-applications' }, section: '/applications' });
  if (role === 'PROGRAMME_ADMIN') tabs.push({ key: 'templates', labelKey: 'recruitment.tabs.templates', to: { name: 'role-templates' }, section: '/role-templates' });
  return tabs;
}

/** One main-navigation entry: the module's first tab for the role, the others as its sections. */
export function recruitmentNavItems(): NavItem[] {
  const items: NavItem[] = [];
  const [first, ...rest] = recruitmentTabs();
  if (first) items.push({ key: 'recruitment', labelKey: 'recruitment.nav.recruitment', to: first.to, section: first.section, also: rest.map((t) => t.section) });
  return items;
}
