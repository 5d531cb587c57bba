/**
 * What every browser test needs: the production server (built API serving the built SPA) on a
 * fresh embedded database, a real Chromium, sign-in through the UI and screenshots. Each test
 * file calls `useBrowserTestServer()` once at the top; its hooks start and stop everything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const serverScript = fileURLToPath(new URL('../../api/dist/server.js', import.meta.url));
const webIndex = fileURLToPath(new URL('../dist/index.html', import.meta.url));
const artifacts = fileURLToPath(new URL('./artifacts/', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const READY_TIMEOUT_MS = 90_000;

/** The demo password every seeded login shares. */
export const DEMO_PASSWORD = 'Kompetens-2026';

export interface BrowserTestServer {
  /** `http://127.0.0.1:<port>` of the running server. */
  readonly baseUrl: string;
  readonly browser: Browser;
  /** A fresh browser context (own cookies) in Swedish at desktop size, unless told otherwise. */
  newContext(options?: { width?: number; height?: number; locale?: string }): Promise<BrowserContext>;
}

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

async function waitUntilReady(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`the server exited with code ${server.exitCode} before it was ready:\n${log()}`);
    }
    try {
      const response = await fetch(`${url}/ready`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${log()}`);
}

/** Registers beforeAll/afterAll hooks that start the server and Chromium, and stop them after. */
export function useBrowserTestServer(): BrowserTestServer {
  let server: ChildProcess | undefined;
  let serverLog = '';
  let dataDir: string | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';

  beforeAll(async () => {
    if (!existsSync(serverScript)) {
      throw new Error(`${serverScript} is missing: build the API first (pnpm build at the repository root).`);
    }
    if (!existsSync(webIndex)) {
      throw new Error(`${webIndex} is missing: build the SPA first (pnpm --filter @smartkompetens/web build).`);
    }
    if (!existsSync(chromiumPath)) {
      // Never download a browser: the machine's Chromium is the one to test with.
      throw new Error(`Chromium not found at ${chromiumPath}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
    }
    await mkdir(artifacts, { recursive: true });

    dataDir = await mkdtemp(join(tmpdir(), 'smartkompetens-e2e-'));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const started = spawn(process.execPath, [serverScript], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server = started;
    const keep = (chunk: Buffer) => {
      serverLog = (serverLog + chunk.toString()).slice(-8000);
    };
    started.stdout?.on('data', keep);
    started.stderr?.on('data', keep);
    await waitUntilReady(baseUrl, started, () => serverLog);

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
      const running = server;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (running.exitCode === null) running.kill('SIGKILL');
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  return {
    get baseUrl() {
      return baseUrl;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not running: use the server inside a test');
      return browser;
    },
    newContext({ width = 1280, height = 900, locale = 'sv-SE' } = {}) {
      if (!browser) throw new Error('the browser is not running: use the server inside a test');
      return browser.newContext({ viewport: { width, height }, locale });
    },
  };
}

/** Collects uncaught errors of a page, to assert there were none. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Signs in through the sign-in form, from wherever the page is, and waits to leave it. */
export async function signIn(page: Page, baseUrl: string, email: string, options: { screenshotAs?: string } = {}): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  if (options.screenshotAs) await screenshot(page, options.screenshotAs);
  await page.locator('input[name="password"]').press('Enter');
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}
