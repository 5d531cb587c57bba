import { computed, type ComputedRef } from 'vue';
import type { RouteLocationRaw } from 'vue-router';
import { companyBrowsers } from '../modules/organisations/routes.ts';
import { useSessionStore, type Membership } from '../stores/session.ts';

export interface NavItem {
  key: string;
  labelKey: string;
  to: RouteLocationRaw;
  /** Path prefix that marks the item as the current section. */
  section: string;
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
    if (session.companyId && (role === 'COMPANY_ADMIN' || role === 'EMPLOYEE')) {
      list.push({
        key: 'company',
        labelKey: role === 'EMPLOYEE' ? 'nav.myProfile' : 'nav.myCompany',
        to: { name: 'company', params: { id: session.companyId } },
        section: `/companies/${session.companyId}`,
      });
    }
    return list;
  });
  return { items };
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
