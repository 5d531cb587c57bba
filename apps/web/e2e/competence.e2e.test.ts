/**
 * Browser end-to-end for competence mapping: a company admin rates a team member in the rating
 * grid with the keyboard, saves, and after a reload the heatmap shows that person's gap closed.
 */
import { describe, expect, it } from 'vitest';
import { screenshot, signIn, useBrowserTestServer, watchPageErrors } from './support.ts';

const app = useBrowserTestServer();

describe('competence mapping in the browser', () => {
  it('lets a company admin close a gap in the rating grid, and the heatmap shows it after a reload', async () => {
    const { baseUrl } = app;
    const context = await app.newContext();
    const page = await context.newPage();
    const pageErrors = watchPageErrors(page);

    await signIn(page, baseUrl, 'foretag@demo.smartkompetens.se');
    await page.locator('nav a[href$="/competence"]').first().click();
    await page.waitForURL(/\/companies\/[^/]+\/competence$/);
    await page.locator('h1', { hasText: 'Kompetensöversikt' }).waitFor();
    await page.locator('a[href$="/team-rating"]').first().click();
    await page.waitForURL(/\/team-rating$/);

    // The first cell with a gap: remember who and what it is, and the level required.
    const gapCell = page.locator('table[role="grid"] td[data-tone^="gap"]').first();
    await gapCell.waitFor();
    const key = await gapCell.getAttribute('data-cell');
    const required = await gapCell.getAttribute('data-required');
    expect(key).toMatch(/^[\w-]+:[\w-]+$/);
    expect(Number(required)).toBeGreaterThanOrEqual(1);
    await screenshot(page, '11-rating-grid');

    // The grid is one tab stop; arrow keys move the focus between cells.
    const cell = page.locator(`table[role="grid"] td[data-cell="${key}"]`);
    await cell.click();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-cell'));
    expect(await focused()).toBe(key);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).not.toBe(key);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(key);

    // A digit sets the required level: the cell turns "met" and is marked as changed.
    await page.keyboard.press(String(required));
    await expect.poll(() => cell.getAttribute('data-tone')).toBe('met');
    await expect.poll(() => cell.getAttribute('class')).toContain('rating-grid__cell--changed');
    await page.locator('.save-bar', { hasText: '1 ändring' }).waitFor();
    await screenshot(page, '12-rating-changed');

    // Leaving with unsaved changes asks first; staying keeps the change.
    await page.locator('a[href$="/skills-matrix"]').first().click();
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    await dialog.locator('button', { hasText: 'Stanna kvar' }).click();
    await expect.poll(() => page.url()).toMatch(/\/team-rating$/);

    // One save records the change.
    await page.locator('[data-action="save-assessments"]').click();
    await page.locator('.toast', { hasText: 'bedömning sparad' }).waitFor();
    await page.locator('.save-bar', { hasText: 'Inga ändringar' }).waitFor();
    await screenshot(page, '13-rating-saved');

    // The heatmap, read again from the server, shows the gap closed.
    await page.locator('a[href$="/skills-matrix"]').first().click();
    await page.waitForURL(/\/skills-matrix$/);
    await page.reload();
    const heatCell = page.locator(`table.matrix td[data-cell="${key}"]`);
    await heatCell.waitFor();
    expect(await heatCell.getAttribute('data-tone')).toBe('met');
    expect(await heatCell.textContent()).toContain(`nivå ${required} av krav ${required}, uppfyllt`);
    await screenshot(page, '14-heatmap-after-reload');

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
