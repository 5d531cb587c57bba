/**
 * Browser end-to-end for budget tracking, "a company admin sees how much of the budget is
 * committed": the admin notes the committed figure on the firm's budget page, enrols one
 * employee on an occasion with a free seat, and finds the committed figure grown by exactly the
 * enrolment's commitments (course fee + planned participant time), which the ledger lists.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, signIn, useBrowserTestServer, watchPageErrors } from './support.ts';

const app = useBrowserTestServer();

async function committedOre(page: Page): Promise<bigint> {
  const figure = page.locator('[data-budget] [data-figure="committed"]');
  await figure.waitFor();
  return BigInt((await figure.getAttribute('data-ore'))!);
}

describe('budget tracking in the browser', () => {
  it("shows a company admin the commitment an enrolment makes on the firm's budget", async () => {
    const { baseUrl } = app;
    const context = await app.newContext();
    const page = await context.newPage();
    const pageErrors = watchPageErrors(page);

    await signIn(page, baseUrl, 'foretag@demo.smartkompetens.se');

    // The main navigation's "Budget" leads a company admin to the firm's budget page.
    await page.locator('nav a', { hasText: 'Budget' }).first().click();
    await page.waitForURL(/\/companies\/[^/]+\/budget/);
    await page.locator('h1', { hasText: 'Budget' }).waitFor();
    const budgetId = await page.locator('[data-budget]').getAttribute('data-budget-id');
    const before = await committedOre(page);
    await screenshot(page, '31-budget-before');

    // Enrol one person on the course suggested for the firm's largest gap, on the occasion offered first.
    await page.locator('nav a[href$="/recommended-courses"]').first().click();
    await page.waitForURL(/\/recommended-courses$/);
    await page.locator('.recommendation [data-action="choose-people"]').first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/courses/') && url.searchParams.get('enrol') === '1');
    const panel = page.locator('[data-panel="enrol"]');
    const free = panel.locator('input[name="employee"]:not([disabled])');
    await free.first().waitFor();
    await panel.locator('button', { hasText: 'Avmarkera alla' }).click();
    await free.first().check();
    const employeeId = await free.first().getAttribute('data-employee-id');

    // The default occasion is the soonest with free seats: only a seat commits money.
    const occasion = panel.locator('select[name="occasion"]');
    const label = await occasion.locator('option:checked').textContent();
    expect(label).toMatch(/plats(er)? kvar/);
    await panel.locator('[data-action="enrol-selected"]').click();
    const result = panel.locator(`[data-results="enrol"] li[data-employee-id="${employeeId}"]`);
    await result.waitFor();
    expect(await result.locator('[data-status]').getAttribute('data-status')).toBe('CONFIRMED');
    const enrolmentId = await result.getAttribute('data-enrolment-id');
    expect(enrolmentId).toBeTruthy();

    // Back on the budget page, the committed figure has grown.
    await page.locator('nav a', { hasText: 'Budget' }).first().click();
    await page.waitForURL(/\/companies\/[^/]+\/budget/);
    await page.reload();
    await expect.poll(() => committedOre(page)).toBeGreaterThan(before);
    const after = await committedOre(page);
    await screenshot(page, '32-budget-after');

    // The ledger lists the enrolment's commitments: the course fee and the participant time,
    // and together they are exactly what the committed figure grew by.
    await page.goto(`${baseUrl}/budget/ledger?budgetId=${budgetId}&kind=COMMITMENT`);
    await page.locator('[data-ledger]').waitFor();
    const rows = page.locator(`[data-ledger] tr[data-enrolment-id="${enrolmentId}"]`);
    const more = page.locator('[data-action="load-more"]');
    while ((await rows.count()) === 0 && (await more.count()) > 0) {
      const shown = await page.locator('[data-ledger] tbody tr').count();
      await more.click();
      await expect.poll(() => page.locator('[data-ledger] tbody tr').count()).toBeGreaterThan(shown);
    }
    await expect.poll(() => rows.count()).toBe(2);
    const categories = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-category')).sort());
    expect(categories).toEqual(['COURSE_FEES', 'PARTICIPANT_TIME']);
    const amounts = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-ore')!));
    expect(amounts.reduce((sum, ore) => sum + BigInt(ore), 0n)).toBe(after - before);
    await rows.first().scrollIntoViewIfNeeded();
    await screenshot(page, '33-ledger-commitments');

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
