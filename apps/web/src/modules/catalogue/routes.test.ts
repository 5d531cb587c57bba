import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { currentNavItem } from '../../composables/use-navigation.ts';
import { useSessionStore } from '../../stores/session.ts';
import { companyAdminViewer, employeeViewer, json, mockFetch, providerViewer, regionAdminViewer } from '../../test/fetch-mock.ts';
import { catalogueNavItems, catalogueRoutes, catalogueTabs } from './routes.ts';

async function signInAs(viewer: unknown) {
  mockFetch({ 'graphql:Viewer': () => json({ data: { viewer } }) });
  await useSessionStore().ensureLoaded();
}

describe('the catalogue in the navigation', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it('gives a company admin one entry, to the course suggestions, and tabs for the rest', async () => {
    await signInAs(companyAdminViewer);
    const [item] = catalogueNavItems();
    expect(item).toMatchObject({ key: 'catalogue', to: { name: 'catalogue-recommendations', params: { id: 'c1' } } });
    expect(catalogueTabs().map((tab) => tab.key)).toEqual(['recommendations', 'catalogue', 'enrolments', 'plan']);
    for (const path of ['/courses', '/courses/k1', '/companies/c1/enrolments', '/companies/c1/training-plan']) {
      expect(currentNavItem([item!], path)?.key, path).toBe('catalogue');
    }
  });

  it('leads an employee to their own courses', async () => {
    await signInAs(employeeViewer);
    expect(catalogueNavItems()[0]?.to).toEqual({ name: 'catalogue-my-courses' });
    expect(catalogueTabs().map((tab) => tab.key)).toEqual(['my-courses', 'catalogue']);
  });

  it('leads a provider to their courses and a region admin to the county demand', async () => {
    await signInAs(providerViewer);
    expect(catalogueTabs().map((tab) => tab.key)).toEqual(['provider-courses', 'provider-requests', 'provider-demand', 'catalogue']);
    setActivePinia(createPinia());
    await signInAs(regionAdminViewer);
    expect(catalogueNavItems()[0]?.to).toEqual({ name: 'region-course-demand' });
  });
});

describe('the catalogue routes', () => {
  it('are named and closed to roles that would be refused', () => {
    const byName = new Map(catalogueRoutes.map((r) => [r.name, r.meta?.roles]));
    expect(byName.get('catalogue')).toBeUndefined();
    expect(byName.get('catalogue-course')).toBeUndefined();
    expect(byName.get('catalogue-recommendations')).toEqual(['COMPANY_ADMIN']);
    expect(byName.get('catalogue-enrolments')).toEqual(['COMPANY_ADMIN']);
    expect(byName.get('catalogue-my-courses')).toEqual(['EMPLOYEE']);
    expect(byName.get('provider-courses')).toEqual(['PROVIDER']);
    expect(byName.get('region-course-demand')).toEqual(['REGION_ADMIN', 'PROGRAMME_ADMIN']);
    for (const route of catalogueRoutes) expect(route.meta?.titleKey, String(route.name)).toMatch(/^catalogue\./);
  });
});
