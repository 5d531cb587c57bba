/**
 * Browser end-to-end for the training catalogue, "from a gap to a booked course in a few
 * clicks": a company admin opens the course suggestions for the firm's largest gap, opens the
 * top course, ticks two of the people who need it, enrols them on an occasion, and after a
 * reload finds them enrolled (a seat, or a place on the waiting list when the occasion is full).
 */
import { describe, expect, it } from 'vitest';
import { screenshot, signIn, useBrowserTestServer, watchPageErrors } from './support.ts';

const app = useBrowserTestServer();

describe('the training catalogue in the browser', () => {
  it('takes a company admin from the top gap to two people enrolled on its top course', async () => {
    const { baseUrl } = app;
    const context = await app.newContext();
    const page = await context.newPage();
    const pageErrors = watchPageErrors(page);

    await signIn(page, baseUrl, 'foretag@demo.smartkompetens.se');

    // The main navigation's "Utbildning" leads a company admin to the course suggestions.
    await page.locator('nav a[href$="/recommended-courses"]').first().click();
    await page.waitForURL(/\/companies\/[^/]+\/recommended-courses$/);
    await page.locator('h1', { hasText: 'Kursförslag' }).waitFor();

    // The firm's largest gap comes first among the gap shortcuts.
    const topGap = page.locator('.gap-button[data-competence-id]').first();
    await topGap.waitFor();
    const competenceId = await topGap.getAttribute('data-competence-id');
    const gapName = (await topGap.locator('span').first().textContent())?.trim();
    expect(gapName).toBe('Gjutteknik');
    await topGap.click();
    await page.waitForURL((url) => url.searchParams.get('competence') === competenceId);
    await expect.poll(() => topGap.getAttribute('aria-pressed')).toBe('true');
    const top = page.locator('.recommendation').first();
    await top.locator('li', { hasText: `Stänger ${gapName}` }).first().waitFor();
    const courseTitle = (await top.locator('h3 a').textContent())?.trim();
    await screenshot(page, '21-recommendations-top-gap');

    // One click to the course, with the enrolment panel open and the recommendation's people ticked.
    await top.locator('[data-action="choose-people"]').click();
    await page.waitForURL((url) => url.pathname.startsWith('/courses/') && url.searchParams.get('enrol') === '1');
    await page.locator('h1', { hasText: courseTitle! }).waitFor();
    const panel = page.locator('[data-panel="enrol"]');
    const free = panel.locator('input[name="employee"]:not([disabled])');
    await free.first().waitFor();
    expect(await panel.locator('input[name="employee"]:checked').count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, '22-course-preselected');

    // Exactly two people: clear the selection and tick the first two not yet on the course.
    await panel.locator('button', { hasText: 'Avmarkera alla' }).click();
    expect(await panel.locator('input[name="employee"]:checked').count()).toBe(0);
    const chosen: { id: string; name: string }[] = [];
    for (const index of [0, 1]) {
      const box = free.nth(index);
      await box.check();
      const id = (await box.getAttribute('data-employee-id'))!;
      const name = (await panel.locator(`label:has(input[data-employee-id="${id}"]) .enrol-panel__name`).textContent())!.trim();
      chosen.push({ id, name });
    }
    expect(await panel.locator('input[name="employee"]:checked').count()).toBe(2);

    // The occasion offered first is the soonest with free seats, else the soonest waiting list.
    const occasion = panel.locator('select[name="occasion"]');
    expect(await occasion.inputValue()).not.toBe('');
    const submit = panel.locator('[data-action="enrol-selected"]');
    expect(await submit.textContent()).toContain('Anmäl 2 personer');
    await submit.click();

    // Each person's result is reported: a seat, or the waiting list when the occasion is full.
    const results = panel.locator('[data-results="enrol"] li');
    await expect.poll(() => results.count()).toBe(2);
    for (const person of chosen) {
      const status = await panel.locator(`[data-results="enrol"] li[data-employee-id="${person.id}"] [data-status]`).getAttribute('data-status');
      expect(['CONFIRMED', 'WAITLISTED']).toContain(status);
    }
    await screenshot(page, '23-enrolled');

    // After a reload the server says so too: both are marked as on the course and cannot be ticked again.
    await page.reload();
    await panel.locator('input[name="employee"]').first().waitFor();
    for (const person of chosen) {
      const box = panel.locator(`input[data-employee-id="${person.id}"]`);
      expect(await box.isDisabled()).toBe(true);
      const status = await panel.locator(`label:has(input[data-employee-id="${person.id}"]) [data-status]`).getAttribute('data-status');
      expect(['CONFIRMED', 'WAITLISTED']).toContain(status);
    }

    // And the firm's enrolments list them under a seat or the waiting list.
    await page.locator('nav a[href$="/recommended-courses"]').first().click();
    await page.locator('a[href$="/enrolments"]').first().click();
    await page.waitForURL(/\/enrolments$/);
    await page.reload();
    for (const person of chosen) {
      const row = page.locator('[data-status-group="CONFIRMED"] tr, [data-status-group="WAITLISTED"] tr', { hasText: person.name }).filter({ hasText: courseTitle! });
      await row.first().waitFor();
    }
    await screenshot(page, '24-enrolments-after-reload');

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
