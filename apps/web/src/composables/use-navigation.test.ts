import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { useSessionStore } from '../stores/session.ts';
import { companyAdminViewer, employeeViewer, json, mockFetch, providerViewer, regionAdminViewer } from '../test/fetch-mock.ts';
import { currentNavItem, inSection, useNavigation } from './use-navigation.ts';

async function itemsFor(viewer: unknown) {
  mockFetch({ 'graphql:Viewer': () => json({ data: { viewer } }) });
  await useSessionStore().ensureLoaded();
  return useNavigation().items.value;
}

describe('navigation', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it("gives a company admin their firm and its competence pages", async () => {
    const items = await itemsFor(companyAdminViewer);
    expect(items.map((i) => i.key)).toEqual(['home', 'company', 'competence', 'catalogue', 'budget', 'recruitment']);
  });

  it('gives an employee their own profile, competence and self-assessment', async () => {
    const items = await itemsFor(employeeViewer);
    expect(items.map((i) => i.key)).toEqual(['company', 'my-competence', 'self-assessment', 'catalogue', 'my-time']);
  });

  it('gives a region admin their county gaps and a provider the demand', async () => {
    expect((await itemsFor(regionAdminViewer)).map((i) => i.key)).toEqual(['home', 'companies', 'region-competence', 'catalogue', 'budget', 'recruitment']);
    setActivePinia(createPinia());
    expect((await itemsFor(providerViewer)).map((i) => i.key)).toEqual(['home', 'companies', 'demand', 'catalogue', 'recruitment']);
  });

  it('marks the most specific section as current', async () => {
    const items = await itemsFor(companyAdminViewer);
    expect(currentNavItem(items, '/companies/c1')?.key).toBe('company');
    expect(currentNavItem(items, '/companies/c1/employees/new')?.key).toBe('company');
    expect(currentNavItem(items, '/companies/c1/skills-matrix')?.key).toBe('competence');
    expect(currentNavItem(items, '/companies/c1/supply-plan/x/edit')?.key).toBe('competence');
    expect(currentNavItem(items, '/companies/c1/recommended-courses')?.key).toBe('catalogue');
    expect(currentNavItem(items, '/courses/k1')?.key).toBe('catalogue');
    expect(currentNavItem(items, '/companies/c1/budget')?.key).toBe('budget');
    expect(currentNavItem(items, '/companies/c1/participant-time')?.key).toBe('budget');
    expect(currentNavItem(items, '/budget/ledger')?.key).toBe('budget');
    expect(currentNavItem(items, '/budgets/b1/import')?.key).toBe('budget');
    expect(currentNavItem(items, '/')?.key).toBe('home');
    expect(currentNavItem(items, '/nowhere')).toBeUndefined();
  });

  it("keeps a region admin in Budget on a firm's budget pages, and in Companies on the firm's other pages", async () => {
    const items = await itemsFor(regionAdminViewer);
    expect(currentNavItem(items, '/companies/c7/budget')?.key).toBe('budget');
    expect(currentNavItem(items, '/budgets/b1/import')?.key).toBe('budget');
    expect(currentNavItem(items, '/companies/c7')?.key).toBe('companies');
    expect(currentNavItem(items, '/companies/c7/skills-matrix')?.key).toBe('companies');
    expect(currentNavItem(items, '/companies')?.key).toBe('companies');
  });

  it('lets a * segment of a section stand for any one id', () => {
    expect(inSection('/companies/c7/budget', '/companies/*/budget')).toBe(true);
    expect(inSection('/companies/c7/budget/x', '/companies/*/budget')).toBe(true);
    expect(inSection('/companies/c7/budget-x', '/companies/*/budget')).toBe(false);
    expect(inSection('/companies//budget', '/companies/*/budget')).toBe(false);
    expect(inSection('/companies/c7', '/companies/*/budget')).toBe(false);
    expect(inSection('/companies/c7/budget/x', '/companies/*/budget', true)).toBe(false);
  });
});
