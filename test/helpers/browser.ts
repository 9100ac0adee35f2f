// A real browser for gateway tests: Debian's chromium driven by playwright-core, headless, with its
// background traffic (updates, sync, component downloads) off so that it talks only to the gateway.
// The browser is closed when the test ends.
import { chromium, type Browser, type Page } from 'playwright-core';
import type { RunnelClient, RunnelError } from '../../src/browser/client.js';
import type { TeardownHost } from './broker.js';

export const CHROMIUM = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  // The tests run as root in a container, where chromium's sandbox cannot start.
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-sync',
  '--no-first-run',
  // /dev/shm is small in containers.
  '--disable-dev-shm-usage',
];

export async function withBrowser(t: TeardownHost): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  t.teardown(() => browser.close());
  return browser;
}

/** What the gateway's page (GET /) puts on globalThis once /client.js has loaded. */
export interface RunnelPageGlobals {
  Runnel: { RunnelClient: typeof RunnelClient; RunnelError: typeof RunnelError };
}

export interface GatewayPage {
  page: Page;
  /** Uncaught exceptions and console errors of the page, for failure messages. */
  errors: string[];
}

/** Opens the gateway's page and waits until it has imported the client library. */
export async function openGatewayPage(browser: Browser, gatewayUrl: string): Promise<GatewayPage> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  const response = await page.goto(gatewayUrl);
  if (response?.status() !== 200) throw new Error(`GET ${gatewayUrl} answered ${response?.status()}`);
  await page.waitForFunction(() => 'Runnel' in globalThis, undefined, { timeout: 10_000 });
  return { page, errors };
}
