import type { Role } from '@smartkompetens/domain';
import type { RouteLocationRaw, RouteRecordRaw } from 'vue-router';
import type { NavItem } from '../../composables/use-navigation.ts';
import { useSessionStore } from '../../stores/session.ts';

/** Who follows budgets and the ledger: a firm's admins their firm's, region admins their county's, programme admins all. */
export const budgetViewers: readonly Role[] = ['COMPANY_ADMIN', 'REGION_ADMIN', 'PROGRAMME_ADMIN'];
/** Who compares firms and reports to funders. */
export const budgetFollowers: readonly Role[] = ['REGION_ADMIN', 'PROGRAMME_ADMIN'];
/** Who attests participant time: the firm's admins everyone's, employees their own. */
export const timeAttesters: readonly Role[] = ['COMPANY_ADMIN', 'EMPLOYEE'];

const companyId = (route: { params: Record<string, unknown> }) => ({ companyId: String(route.params.id) });

export const budgetRoutes: RouteRecordRaw[] = [
  {
    path: '/companies/:id/budget',
    name: 'budget-overview',
    component: () => import('./views/budget-overview-view.vue'),
    props: companyId,
    meta: { roles: budgetViewers, titleKey: 'budget.overview.title' },
  },
  {
    path: '/budgets/:budgetId/import',
    name: 'budget-actuals-import',
    component: () => import('./views/actuals-import-view.vue'),
    props: (route) => ({ budgetId: String(route.params.budgetId) }),
    meta: { roles: budgetViewers, titleKey: 'budget.import.title' },
  },
  {
    path: '/companies/:id/participant-time',
    name: 'budget-participant-time',
    component: () => import('./views/participant-time-view.vue'),
    props: companyId,
    meta: { roles: timeAttesters, titleKey: 'budget.time.title' },
  },
  {
    path: '/budget/ledger',
    name: 'budget-ledger',
    component: () => import('./views/ledger-view.vue'),
    meta: { roles: budgetViewers, titleKey: 'budget.ledger.title' },
  },
  {
    path: '/budget/overrides',
    name: 'budget-overrides',
    component: () => import('./views/overrides-view.vue'),
    meta: { roles: budgetViewers, titleKey: 'budget.overrides.title' },
  },
  {
    path: '/budget/firms',
    name: 'budget-region',
    component: () => import('./views/region-overview-view.vue'),
    meta: { roles: budgetFollowers, titleKey: 'budget.region.title' },
  },
  {
    path: '/budget/funder-report',
    name: 'budget-funder-report',
    component: () => import('./views/funder-report-view.vue'),
    meta: { roles: budgetFollowers, titleKey: 'budget.report.title' },
  },
];

export interface BudgetTab {
  key: string;
  labelKey: string;
  to: RouteLocationRaw;
  /** Path prefixes of the pages the tab stands for. */
  sections: string[];
}

/**
 * The budget pages of the active role, as the module's own tabs under one "Budget" entry in the
 * main navigation (which wraps already for company admins at 1280 px).
 */
export function budgetTabs(): BudgetTab[] {
  const session = useSessionStore();
  const role = session.role;
  const companyId = session.companyId;
  const ledger: BudgetTab = { key: 'ledger', labelKey: 'budget.nav.ledger', to: { name: 'budget-ledger' }, sections: ['/budget/ledger'] };
  const overrides: BudgetTab = { key: 'overrides', labelKey: 'budget.nav.overrides', to: { name: 'budget-overrides' }, sections: ['/budget/overrides'] };
  if (role === 'COMPANY_ADMIN' && companyId) {
    const base = `/companies/${companyId}`;
    return [
      { key: 'overview', labelKey: 'budget.nav.overview', to: { name: 'budget-overview', params: { id: companyId } }, sections: [`${base}/budget`, '/budgets'] },
      ledger,
      { key: 'time', labelKey: 'budget.nav.time', to: { name: 'budget-participant-time', params: { id: companyId } }, sections: [`${base}/participant-time`] },
      overrides,
    ];
  }
  if (role === 'REGION_ADMIN' || role === 'PROGRAMME_ADMIN') {
    return [
      // A firm's budget pages belong to "compare firms", where a region or programme admin opens them.
      {
        key: 'overview',
        labelKey: 'budget.nav.firms',
        to: { name: 'budget-region' },
        sections: ['/budget/firms', '/companies/*/budget', '/budgets'],
      },
      { key: 'report', labelKey: 'budget.nav.report', to: { name: 'budget-funder-report' }, sections: ['/budget/funder-report'] },
      overrides,
      ledger,
    ];
  }
  return [];
}

/** The module's entries in the main navigation: "Budget" for admins, "My training time" for employees. */
export function budgetNavItems(): NavItem[] {
  const session = useSessionStore();
  if (session.role === 'EMPLOYEE' && session.companyId) {
    return [
      {
        key: 'my-time',
        labelKey: 'budget.nav.myTime',
        to: { name: 'budget-participant-time', params: { id: session.companyId } },
        section: `/companies/${session.companyId}/participant-time`,
      },
    ];
  }
  const tabs = budgetTabs();
  const [first] = tabs;
  if (!first) return [];
  const sections = tabs.flatMap((tab) => tab.sections);
  return [{ key: 'budget', labelKey: 'budget.nav.budget', to: first.to, section: sections[0]!, also: sections.slice(1) }];
}
