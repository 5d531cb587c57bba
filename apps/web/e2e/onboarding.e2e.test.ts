/**
 * Browser end-to-end for spreading the programme: a firm outside it applies without signing in,
 * Region Uppsala approves, the new admin sets a password from the one-time link, picks a role
 * template, adds and invites a person, and that person makes the firm's first self-assessment.
 */
import { withCheckDigit } from '@smartkompetens/domain';
import { describe, expect, it } from 'vitest';
import { screenshot, signIn, useBrowserTestServer, watchPageErrors } from './support.ts';

const app = useBrowserTestServer();

describe('joining the programme in the browser', () => {
  it('takes a new firm from application to its first self-assessment in one sitting', async () => {
    const { baseUrl } = app;
    const unique = Date.now().toString(36);
    const companyName = `Testverkstad ${unique} AB`;
    const orgNumber = withCheckDigit(`5569${String(Date.now()).slice(-5)}`);

    // 1. The firm applies, not signed in.
    const applicant = await app.newContext();
    const form = await applicant.newPage();
    const formErrors = watchPageErrors(form);
    await form.goto(`${baseUrl}/join`);
    await form.locator('input[name="companyName"]').fill(companyName);
    await form.locator('input[name="orgNumber"]').fill(orgNumber.replace('-', '').slice(0, 9) + String((Number(orgNumber.slice(-1)) + 1) % 10));
    await form.locator('#join-industry-pick').selectOption('24.530');
    await form.locator('input[name="municipality"]').fill('Tierp');
    await form.locator('input[name="employeeCount"]').fill('12');
    await form.locator('input[name="contactName"]').fill('Nora Nyström');
    await form.locator('input[name="contactEmail"]').fill(`nora.${unique}@example.se`);
    await form.locator('form button[type="submit"]').click();
    // A wrong check digit is caught before anything is sent, next to the field.
    await form.locator('#join-orgNumber-error', { hasText: 'Sista siffran' }).waitFor();
    await screenshot(form, 'onboarding-01-join-error');
    await form.locator('input[name="orgNumber"]').fill(orgNumber);
    await form.locator('form button[type="submit"]').click();
    await form.locator('h1', { hasText: 'Tack' }).waitFor();
    await screenshot(form, 'onboarding-02-join-sent');
    expect(formErrors).toEqual([]);
    await applicant.close();

    // 2. Region Uppsala approves and gets the one-time link.
    const region = await app.newContext();
    const regionPage = await region.newPage();
    await signIn(regionPage, baseUrl, 'region.uppsala@demo.smartkompetens.se');
    await regionPage.goto(`${baseUrl}/applications`);
    const card = regionPage.locator('article', { hasText: companyName });
    await card.waitFor();
    await screenshot(regionPage, 'onboarding-03-applications');
    await card.locator('button', { hasText: 'Godkänn' }).click();
    const link = (await regionPage.locator('[data-testid="invitation-link"]').textContent())!.trim();
    expect(link).toMatch(/\/invitation#inv_/);
    await screenshot(regionPage, 'onboarding-04-approved');
    await region.close();

    // 3. The new admin sets a password and lands on the guided start.
    const admin = await app.newContext();
    const page = await admin.newPage();
    const pageErrors = watchPageErrors(page);
    await page.goto(link.replace(/^https?:\/\/[^/]+/, baseUrl));
    await page.locator('input[name="new-password"]').fill('Ett långt lösenord 2026');
    await page.locator('input[name="repeat-password"]').fill('Ett långt lösenord 2026');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/get-started$/);
    const startUrl = page.url();
    await page.locator('h1', { hasText: companyName }).waitFor();
    await page.locator('label', { hasText: 'Gjutare' }).first().locator('input[type="checkbox"]').check();
    await page.locator('form button[type="submit"]', { hasText: 'Lägg till' }).click();
    await page.locator('.alert', { hasText: 'roll tillagd' }).waitFor();
    await screenshot(page, 'onboarding-05-roles');

    // 4. Adds a person, gives them the role and a sign-in link.
    await page.locator('a', { hasText: 'Lägg till medarbetare' }).click();
    await page.waitForURL(/\/employees\/new$/);
    await page.locator('input[name="firstName"]').fill('Olle');
    await page.locator('input[name="lastName"]').fill(`Olsson-${unique}`);
    await page.locator('input[name="email"]').fill(`olle.${unique}@example.se`);
    await page.locator('input[name="jobTitle"]').fill('Gjutare');
    await page.locator('select[name="group"]').selectOption('STAFF');
    await page.locator('input[name="employmentStart"]').fill('2022-08-15');
    await page.locator('input[name="hourlyCost"]').fill('395');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => !url.pathname.endsWith('/employees/new'));
    await page.goto(startUrl);
    const person = page.locator('.people li', { hasText: 'Olle' });
    await person.waitFor();
    await person.locator('select').selectOption({ label: 'Gjutare' });
    await page.locator('[data-testid="onboarding-progress"]', { hasText: 'med roll: 1' }).waitFor();
    await person.locator('button', { hasText: 'inloggningslänk' }).click();
    const employeeLink = (await page.locator('[data-testid="employee-invitation"]').textContent())!.trim();
    await screenshot(page, 'onboarding-06-invited');

    // 5. The person sets a password and assesses themself.
    const employee = await app.newContext();
    const employeePage = await employee.newPage();
    await employeePage.goto(employeeLink.replace(/^https?:\/\/[^/]+/, baseUrl));
    await employeePage.locator('input[name="new-password"]').fill('Olles eget lösenord');
    await employeePage.locator('input[name="repeat-password"]').fill('Olles eget lösenord');
    await employeePage.locator('form button[type="submit"]').click();
    await employeePage.waitForURL(/\/self-assessment$/);
    await employeePage.locator('.level-option', { hasText: '3' }).first().click();
    await employeePage.locator('form button[type="submit"]').click();
    await employeePage.locator('.toast', { hasText: 'är sparad' }).waitFor();
    await screenshot(employeePage, 'onboarding-07-self-assessment');
    await employee.close();

    // 6. The admin sees the first assessment counted.
    await page.reload();
    await page.locator('[data-testid="onboarding-progress"]', { hasText: 'Har skattats: 1' }).waitFor();
    await screenshot(page, 'onboarding-08-progress');
    expect(pageErrors).toEqual([]);
    await admin.close();
  });
});
