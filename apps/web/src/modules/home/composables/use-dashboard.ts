import type { Role } from '@smartkompetens/domain';
import { computed } from 'vue';
import type { RouteLocationRaw } from 'vue-router';
import { membershipScopeName } from '../../../composables/use-navigation.ts';
import { useQuery } from '../../../composables/use-query.ts';
import { graphql } from '../../../gql/index.ts';
import { useSessionStore } from '../../../stores/session.ts';

const DashboardRegionsDocument = graphql(`
  query DashboardRegions {
    regions {
      code
      name
      ownerName
      companyCount
    }
  }
`);

export interface QuickLink {
  key: string;
  to: RouteLocationRaw;
  icon: 'companies' | 'company' | 'add' | 'region' | 'gaps' | 'rate' | 'framework' | 'budget' | 'courses';
  /** i18n keys of title and description. */
  titleKey: string;
  textKey: string;
  params?: Record<string, string | number>;
}

/** Sentences (i18n keys) saying what each role can do today. */
const capabilities: Record<Role, string[]> = {
  PROGRAMME_ADMIN: ['home.can.followAllCompanies', 'home.can.filterCompanies', 'home.can.followGaps', 'home.can.maintainFramework', 'home.can.followBudgets'],
  REGION_ADMIN: ['home.can.followRegionCompanies', 'home.can.filterCompanies', 'home.can.followRegionGaps', 'home.can.followBudgets'],
  COMPANY_ADMIN: ['home.can.seeOwnCompany', 'home.can.addEmployees', 'home.can.rateTeam', 'home.can.planSupply', 'home.can.enrolInCourses', 'home.can.followOwnBudget'],
  EMPLOYEE: ['home.can.seeOwnProfile', 'home.can.assessYourself'],
  PROVIDER: ['home.can.browsePublicCompanies', 'home.can.seeDemand', 'home.can.noPersonalData'],
};

/** What the home page shows for the active membership. */
export function useDashboard() {
  const session = useSessionStore();
  const role = computed(() => session.role);
  const membership = computed(() => session.activeMembership);

  const regions = useQuery(DashboardRegionsDocument, {}, { enabled: () => role.value === 'PROGRAMME_ADMIN' });

  const links = computed<QuickLink[]>(() => {
    const m = membership.value;
    switch (m?.role) {
      case 'PROGRAMME_ADMIN':
        return [
          { key: 'companies', to: { name: 'companies' }, icon: 'companies', titleKey: 'home.links.allCompanies.title', textKey: 'home.links.allCompanies.text' },
          { key: 'gaps', to: { name: 'programme-competence' }, icon: 'gaps', titleKey: 'home.links.programmeGaps.title', textKey: 'home.links.programmeGaps.text' },
          { key: 'framework', to: { name: 'competence-framework' }, icon: 'framework', titleKey: 'home.links.framework.title', textKey: 'home.links.framework.text' },
          { key: 'budget', to: { name: 'budget-region' }, icon: 'budget', titleKey: 'home.links.budgets.title', textKey: 'home.links.budgets.text' },
          { key: 'catalogue', to: { name: 'catalogue' }, icon: 'courses', titleKey: 'home.links.catalogue.title', textKey: 'home.links.catalogue.text' },
        ];
      case 'REGION_ADMIN': {
        const list: QuickLink[] = [
          {
            key: 'region',
            to: { name: 'companies', query: m.region ? { county: m.region.code } : {} },
            icon: 'region',
            titleKey: 'home.links.regionCompanies.title',
            textKey: 'home.links.regionCompanies.text',
            params: { region: m.region?.name ?? '', count: m.region?.companyCount ?? 0 },
          },
        ];
        if (m.region) {
          list.push({
            key: 'gaps',
            to: { name: 'region-competence', params: { code: m.region.code } },
            icon: 'gaps',
            titleKey: 'home.links.regionGaps.title',
            textKey: 'home.links.regionGaps.text',
            params: { region: m.region.name },
          });
        }
        list.push(
          { key: 'budget', to: { name: 'budget-region' }, icon: 'budget', titleKey: 'home.links.budgets.title', textKey: 'home.links.budgets.text' },
          { key: 'catalogue', to: { name: 'catalogue' }, icon: 'courses', titleKey: 'home.links.catalogue.title', textKey: 'home.links.catalogue.text' },
        );
        return list;
      }
      case 'COMPANY_ADMIN':
        if (!m.company) return [];
        return [
          {
            key: 'company',
            to: { name: 'company', params: { id: m.company.id } },
            icon: 'company',
            titleKey: 'home.links.ownCompany.title',
            textKey: 'home.links.ownCompany.text',
            params: { company: m.company.name, count: m.company.employeeCount },
          },
          {
            key: 'competence',
            to: { name: 'competence-dashboard', params: { id: m.company.id } },
            icon: 'gaps',
            titleKey: 'home.links.companyCompetence.title',
            textKey: 'home.links.companyCompetence.text',
          },
          {
            key: 'rate',
            to: { name: 'team-rating', params: { id: m.company.id } },
            icon: 'rate',
            titleKey: 'home.links.rateTeam.title',
            textKey: 'home.links.rateTeam.text',
          },
          {
            key: 'add',
            to: { name: 'employee-new', params: { id: m.company.id } },
            icon: 'add',
            titleKey: 'home.links.addEmployee.title',
            textKey: 'home.links.addEmployee.text',
          },
          {
            key: 'budget',
            to: { name: 'budget-overview', params: { id: m.company.id } },
            icon: 'budget',
            titleKey: 'home.links.companyBudget.title',
            textKey: 'home.links.companyBudget.text',
          },
          {
            key: 'catalogue',
            to: { name: 'catalogue-recommendations', params: { id: m.company.id } },
            icon: 'courses',
            titleKey: 'home.links.recommendedCourses.title',
            textKey: 'home.links.recommendedCourses.text',
          },
        ];
      case 'PROVIDER':
        return [
          { key: 'courses', to: { name: 'provider-courses' }, icon: 'courses', titleKey: 'home.links.providerCourses.title', textKey: 'home.links.providerCourses.text' },
          { key: 'demand', to: { name: 'competence-demand' }, icon: 'gaps', titleKey: 'home.links.demand.title', textKey: 'home.links.demand.text' },
          { key: 'companies', to: { name: 'companies' }, icon: 'companies', titleKey: 'home.links.publicCompanies.title', textKey: 'home.links.publicCompanies.text' },
        ];
      default:
        return [];
    }
  });

  return {
    role,
    // Display names may carry a note in brackets ("Karin Ekström (HR, Fyrisgjuteriet)"); the
    // greeting uses the name alone. Shared accounts are named for the office ("Region Uppsala"),
    // so the whole name is used rather than a first name.
    greetingName: computed(() => (session.user?.displayName ?? '').replace(/\s*\(.*\)\s*$/, '').trim()),
    scopeName: computed(() => (membership.value ? membershipScopeName(membership.value) : undefined)),
    capabilities: computed(() => (role.value ? capabilities[role.value] : [])),
    links,
    regions,
  };
}
