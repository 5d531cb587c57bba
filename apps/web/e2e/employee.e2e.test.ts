/**
 * Browser end-to-end: the production server (built API serving the built SPA) on a fresh
 * embedded database, driven by a real Chromium. A company admin signs in through the UI, adds
 * an employee through the form and finds them again after a reload.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, screenshot, useBrowserTestServer, watchPageErrors } from './support.ts';

const app = useBrowserTestServer();

describe('employee management in the browser', () => {
  it('lets a company admin add an employee who is still listed after a reload', async () => {
    const { baseUrl } = app;
    const context = await app.newContext();
    const page = await context.newPage();
    const pageErrors = watchPageErrors(page);

    // Signed out, the start page leads to sign-in.
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/sign-in/);
    await page.locator('input[name="email"]').fill('foretag@demo.smartkompetens.se');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await screenshot(page, '01-sign-in');
    await page.locator('input[name="password"]').press('Enter');

    // The company admin's home links to their own firm.
    await page.waitForURL(`${baseUrl}/`);
    await page.locator('h1', { hasText: 'Hej' }).waitFor();
    await screenshot(page, '02-home');
    await page.locator('nav a[href^="/companies/"]').first().click();
    await page.waitForURL(/\/companies\/[^/]+$/);
    await page.locator('h1', { hasText: 'Fyrisgjuteriet AB' }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    const companyUrl = page.url();
    await screenshot(page, '03-company');

    // Add an employee with a name no seed could have made.
    const unique = `${Date.now().toString(36)}`;
    const lastName = `Aaltonen-${unique}`;
    await page.locator('a[href$="/employees/new"]').first().click();
    await page.waitForURL(/\/employees\/new$/);
    await page.locator('input[name="firstName"]').fill('Testa');
    await page.locator('input[name="lastName"]').fill(lastName);
    await page.locator('input[name="email"]').fill(`testa.${unique}@example.se`);
    await page.locator('input[name="jobTitle"]').fill('Gjutare');
    await page.locator('select[name="group"]').selectOption('STAFF');
    await page.locator('input[name="employmentStart"]').fill('2024-03-01');
    await page.locator('input[name="hourlyCost"]').fill('385,50');
    await page.locator('select[name="gender"]').selectOption('WOMAN');
    await screenshot(page, '04-employee-form');
    await page.locator('form button[type="submit"]').click();

    // Back on the company page with a confirmation, and the new row in the list.
    await page.waitForURL(companyUrl);
    await page.locator('.toast', { hasText: lastName }).waitFor();
    await page.locator('input[name="search"]').fill(lastName);
    // The search is debounced and kept in the URL; wait until the list shows only the match.
    await page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 1);
    await page.locator('table tbody tr', { hasText: lastName }).waitFor();
    expect(new URL(page.url()).searchParams.get('search')).toBe(lastName);
    await screenshot(page, '05-company-with-employee');

    // Reloading asks the server again: the employee was stored, not just shown.
    await page.reload();
    await page.locator('table tbody tr', { hasText: lastName }).waitFor();
    expect(await page.locator('table tbody tr', { hasText: lastName }).count()).toBe(1);
    await screenshot(page, '06-after-reload');

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
