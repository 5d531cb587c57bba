import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAppRouter, safeRedirect } from './router.ts';
import { companyAdminViewer, employeeViewer, json, mockFetch, providerViewer, regionAdminViewer } from './test/fetch-mock.ts';

function signedInAs(viewer: unknown) {
  mockFetch({ 'graphql:Viewer': () => json({ data: { viewer } }) });
}

async function visit(path: string) {
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  return router.currentRoute.value;
}

describe('router guard', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it('sends a signed-out visitor to sign-in with a way back to the page asked for', async () => {
    signedInAs(null);
    const route = await visit('/companies/c1?search=anna');
    expect(route.name).toBe('sign-in');
    expect(route.query.redirect).toBe('/companies/c1?search=anna');
  });

  it('sends a signed-out visitor of the start page to plain sign-in', async () => {
    signedInAs(null);
    const route = await visit('/');
    expect(route.name).toBe('sign-in');
    expect(route.query.redirect).toBeUndefined();
  });

  it('lets a signed-in user go on from sign-in to where they were heading', async () => {
    signedInAs(companyAdminViewer);
    const route = await visit('/sign-in?redirect=/companies/c1');
    expect(route.fullPath).toBe('/companies/c1');
  });

  it('never redirects outside the app after sign-in', async () => {
    signedInAs(companyAdminViewer);
    const route = await visit('/sign-in?redirect=//evil.example/phish');
    expect(route.name).toBe('home');
    expect(safeRedirect('https://evil.example')).toBeNull();
    expect(safeRedirect('/\\evil.example')).toBeNull();
    expect(safeRedirect('/companies?county=03')).toBe('/companies?county=03');
  });

  it('keeps roles off routes that do not declare them', async () => {
    signedInAs(companyAdminViewer);
    const route = await visit('/companies');
    expect(route.name).toBe('forbidden');
    expect(route.query.from).toBe('/companies');
  });

  it('lets a company admin open the employee form', async () => {
    signedInAs(companyAdminViewer);
    const route = await visit('/companies/c1/employees/new');
    expect(route.name).toBe('employee-new');
  });

  it('keeps an employee out of the employee form', async () => {
    signedInAs(employeeViewer);
    const route = await visit('/employees/e1/edit');
    expect(route.name).toBe('forbidden');
  });

  it('lands an employee on their own company page', async () => {
    signedInAs(employeeViewer);
    const route = await visit('/');
    expect(route.name).toBe('company');
    expect(route.params.id).toBe('c1');
  });

  it('lets a company admin rate their team but keeps an employee out of the rating grid', async () => {
    signedInAs(companyAdminViewer);
    expect((await visit('/companies/c1/team-rating')).name).toBe('team-rating');
    setActivePinia(createPinia());
    signedInAs(employeeViewer);
    expect((await visit('/companies/c1/team-rating')).name).toBe('forbidden');
  });

  it('opens the self-assessment to employees only', async () => {
    signedInAs(employeeViewer);
    expect((await visit('/self-assessment')).name).toBe('self-assessment');
    setActivePinia(createPinia());
    signedInAs(companyAdminViewer);
    expect((await visit('/self-assessment')).name).toBe('forbidden');
  });

  it('sends a region admin from the programme view straight to their own county', async () => {
    signedInAs(regionAdminViewer);
    const route = await visit('/competence/regions');
    expect(route.name).toBe('region-competence');
    expect(route.params.code).toBe('03');
  });

  it('shows providers the anonymised demand, never a firm\'s skills matrix', async () => {
    signedInAs(providerViewer);
    expect((await visit('/demand')).name).toBe('competence-demand');
    setActivePinia(createPinia());
    signedInAs(providerViewer);
    expect((await visit('/companies/c1/skills-matrix')).name).toBe('forbidden');
  });

  it('shows the not-found page for unknown addresses', async () => {
    signedInAs(companyAdminViewer);
    const route = await visit('/no/such/page');
    expect(route.name).toBe('not-found');
  });

  it('shows the error page when the API cannot be reached', async () => {
    mockFetch({
      'graphql:Viewer': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const route = await visit('/companies/c1');
    expect(route.name).toBe('error');
    expect(route.query.from).toBe('/companies/c1');
  });
});
