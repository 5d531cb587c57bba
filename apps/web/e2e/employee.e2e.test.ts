/**
 * Browser end-to-end: the production server (built API serving the built SPA) on a fresh
 * embedded database, driven by a real Chromium. A company admin signs in through the UI, adds
 * an employee through the form and finds them again after a reload.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const serverScript = fileURLToPath(new URL('../../api/dist/server.js', import.meta.url));
const webIndex = fileURLToPath(new URL('../dist/index.html', import.meta.url));
const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const READY_TIMEOUT_MS = 90_000;

let server: ChildProcess | undefined;
let serverLog = '';
let dataDir: string | undefined;
let browser: Browser | undefined;
let baseUrl = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null && server?.exitCode !== undefined) {
      throw new Error(`the server exited with code ${server.exitCode} before it was ready:\n${serverLog}`);
    }
    try {
      const response = await fetch(`${url}/ready`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${serverLog}`);
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  if (!existsSync(serverScript)) {
    throw new Error(`${serverScript} is missing: build the API first (pnpm build at the repository root).`);
  }
  if (!existsSync(webIndex)) {
    throw new Error(`${webIndex} is missing: build the SPA first (pnpm --filter @smartkompetens/web build).`);
  }
  if (!existsSync(chromiumPath)) {
    // Never download a browser: the machine's Chromium is the one to test with.
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  await mkdir(artifacts, { recursive: true });

  dataDir = await mkdtemp(join(tmpdir(), 'smartkompetens-e2e-'));
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [serverScript], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    serverLog = (serverLog + chunk.toString()).slice(-8000);
  };
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  await waitUntilReady(baseUrl);

  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('employee management in the browser', () => {
  it('lets a company admin add an employee who is still listed after a reload', async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    // Signed out, the start page leads to sign-in.
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/sign-in/);
    await page.locator('input[name="email"]').fill('foretag@demo.smartkompetens.se');
    await page.locator('input[name="password"]').fill('Kompetens-2026');
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
    await page.locator('a[href$="/employees/new"]').click();
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
