import { computed, type ComputedRef } from 'vue';
import type { RouteLocationRaw } from 'vue-router';
import { budgetNavItems } from '../modules/budget/routes.ts';
import { catalogueNavItems } from '../modules/catalogue/routes.ts';
import { companyBrowsers } from '../modules/organisations/routes.ts';
import { recruitmentNavItems } from '../modules/recruitment/routes.ts';
import { useSessionStore, type Membership } from '../stores/session.ts';

export interface NavItem {
  key: string;
  labelKey: string;
  to: RouteLocationRaw;
  /** Path prefix that marks the item as the current section; `*` stands for one segment (an id). */
  section: string;
  /** More path prefixes of the same section (pages that live elsewhere in the URL tree). */
  also?: string[];
  exact?: boolean;
}

/** The main navigation for the active membership's role. */
export function useNavigation(): { items: ComputedRef<NavItem[]> } {
  const session = useSessionStore();
  const items = computed<NavItem[]>(() => {
    const role = session.role;
    if (!role) return [];
    const list: NavItem[] = [];
    if (role !== 'EMPLOYEE') {
      list.push({ key: 'home', labelKey: 'nav.home', to: { name: 'home' }, section: '/', exact: true });
    }
    if (companyBrowsers.includes(role)) {
      list.push({ key: 'companies', labelKey: 'nav.companies', to: { name: 'companies' }, section: '/companies' });
    }
    const companyId = session.companyId;
    if (companyId && (role === 'COMPANY_ADMIN' || role === 'EMPLOYEE')) {
      list.push({
        key: 'company',
        labelKey: role === 'EMPLOYEE' ? 'nav.myProfile' : 'nav.myCompany',
        to: { name: 'company', params: { id: companyId } },
        section: `/companies/${companyId}`,
        exact: true,
        also: [`/companies/${companyId}/employees`, '/employees/'],
      });
    }
    if (companyId && role === 'COMPANY_ADMIN') {
      const base = `/companies/${companyId}`;
      list.push({
        key: 'competence',
        labelKey: 'nav.competence',
        to: { name: 'competence-dashboard', params: { id: companyId } },
        section: `${base}/competence`,
        also: [`${base}/skills-matrix`, `${base}/team-rating`, `${base}/assessments`, `${base}/supply-plan`, '/framework'],
      });
    }
    const employeeId = session.activeMembership?.employee?.id;
    if (role === 'EMPLOYEE' && employeeId) {
      list.push(
        {
          key: 'my-competence',
          labelKey: 'nav.myCompetence',
          to: { name: 'employee-competence', params: { id: employeeId } },
          section: `/employees/${employeeId}/competence`,
        },
        { key: 'self-assessment', labelKey: 'nav.selfAssessment', to: { name: 'self-assessment' }, section: '/self-assessment' },
      );
    }
    if (role === 'REGION_ADMIN' || role === 'PROGRAMME_ADMIN') {
      const code = session.activeMembership?.region?.code;
      list.push({
        key: 'region-competence',
        labelKey: 'nav.gaps',
        to: role === 'REGION_ADMIN' && code ? { name: 'region-competence', params: { code } } : { name: 'programme-competence' },
        section: '/competence/regions',
      });
    }
    if (role === 'PROGRAMME_ADMIN') {
      list.push({ key: 'framework', labelKey: 'nav.framework', to: { name: 'competence-framework' }, section: '/framework' });
    }
    if (role === 'PROVIDER') {
      list.push({ key: 'demand', labelKey: 'nav.demand', to: { name: 'competence-demand' }, section: '/demand' });
    }
    list.push(...catalogueNavItems(), ...budgetNavItems(), ...recruitmentNavItems());
    return list;
  });
  return { items };
}

/**
 * Whether a path lies in a section: the prefix itself or below it. A segment `*` matches any one
 * segment, so one prefix holds every firm's budget page whatever the firm's id.
 */
export function inSection(path: string, prefix: string, exact = false): boolean {
  if (!prefix.includes('*')) {
    return exact ? path === prefix : path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
  }
  const wanted = prefix.replace(/\/$/, '').split('/');
  const actual = path.split('/');
  if (actual.length < wanted.length || (exact && actual.length !== wanted.length)) return false;
  return wanted.every((segment, i) => (segment === '*' ? actual[i] !== '' : segment === actual[i]));
}

function matchLength(item: NavItem, path: string): number {
  let best = -1;
  for (const [index, prefix] of [item.section, ...(item.also ?? [])].entries()) {
    if (inSection(path, prefix, index === 0 && item.exact)) best = Math.max(best, prefix.length);
  }
  return best;
}

/** The item of the section a path belongs to: the most specific match wins. */
export function currentNavItem(items: readonly NavItem[], path: string): NavItem | undefined {
  let current: NavItem | undefined;
  let length = -1;
  for (const item of items) {
    const l = matchLength(item, path);
    if (l > length) {
      current = item;
      length = l;
    }
  }
  return current;
}

/** What a membership is about, for people: the firm, county or provider it is scoped to. */
export function membershipScopeName(membership: Membership): string | undefined {
  return (
    membership.company?.name ??
    membership.employee?.company.name ??
    membership.region?.name ??
    membership.provider?.name ??
    undefined
  );
}
