// The Firefox build and a Chromium profile keep one network through the same CouchDB-protocol
// server (127.0.0.1, started here): what one adds and the other renames ends the same on both.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithGrantedOrigins, type Launched, launchWithExtension, ROOT } from '../../harness/chromium.ts';
import { type CouchServer, startCouchServer } from '../../harness/couch-server.ts';
import { FIREFOX_EXTENSION_DIR, type LaunchedFirefox, launchFirefox } from './firefox.ts';
import { Tab } from './tab.ts';

const PASSPHRASE = 'four words we remember';
const field = (name: string) => `document.querySelector('input[name="${name}"]')`;
const listed = (name: string) =>
  `[...document.querySelectorAll('[data-testid="people-list"] a')].some((a) => a.textContent.includes(${JSON.stringify(name)}))`;

describe.sequential('Sync between Firefox and Chromium', () => {
  let server: CouchServer;
  let ff: LaunchedFirefox;
  let chrome: Launched;
  let dashboard: Tab;

  beforeAll(async () => {
    server = await startCouchServer();
    // Firefox grants an optional permission without its prompt, which a test cannot answer: it
    // stands for the user's "Allow", and the page still asks for it the way it asks a user.
    ff = await launchFirefox(FIREFOX_EXTENSION_DIR, { 'extensions.webextOptionalPermissionPrompts': false });
    chrome = await launchWithExtension({ extensionDir: buildWithGrantedOrigins(['http://127.0.0.1/*']) });
  });
  afterAll(async () => {
    await ff?.close();
    await chrome?.context.close();
    await server?.stop();
  });

  // A round is over once its "last synced" is newer than the one before and nothing waits: the
  // outbox empties before the replication ends.
  const LAST_SYNCED = `$testid('sync-status')?.querySelector('time')?.getAttribute('datetime') ?? ''`;

  async function firefoxRound(start: () => Promise<void>): Promise<void> {
    const before = await dashboard.value<string>(LAST_SYNCED);
    await start();
    const done = `(${LAST_SYNCED}) > ${JSON.stringify(before)} && $testid('sync-status').textContent.includes('Changes waitingNone')`;
    await dashboard.waitFor(done, 60_000).catch(async (e: unknown) => {
      // What the page says instead (a failure, a problem), so a red run tells why.
      const said = await dashboard.value<string>(
        `[document.querySelector('form button')?.textContent, document.querySelector('[role=alert]')?.textContent, $testid('sync-status')?.textContent].join(' | ')`,
      );
      await dashboard.screenshot(join(ROOT, 'test-results/firefox-sync-round-timeout.png')).catch(() => undefined);
      throw new Error(`${e instanceof Error ? e.message : String(e)}\nThe page said: ${said}`);
    });
  }

  async function firefoxSyncNow(): Promise<void> {
    await dashboard.goto('options.html#/settings/sync');
    await dashboard.waitFor(`$button('Sync now')`);
    await firefoxRound(() => dashboard.click(`$button('Sync now')`));
  }

  async function chromiumRound(page: Page, start: () => Promise<void>): Promise<void> {
    const last = page.getByTestId('sync-status').locator('time');
    const before = (await last.count()) ? await last.getAttribute('datetime') : null;
    await start();
    await page.getByTestId('sync-status').filter({ hasText: 'Changes waitingNone' }).waitFor();
    await expect.poll(() => last.getAttribute('datetime').catch(() => null)).not.toBe(before);
  }

  async function chromiumSyncNow(page: Page): Promise<void> {
    await page.goto(chrome.url('options', '#/settings/sync'));
    await page.getByRole('button', { name: 'Sync now' }).waitFor();
    await chromiumRound(page, () => page.getByRole('button', { name: 'Sync now' }).click());
  }

  it('Firefox sets up sync and sends a person it adds', async () => {
    dashboard = await Tab.find(ff, 'options.html');
    const popup = await dashboard.open('popup.html');
    await popup.type(`$field('Name')`, 'Ines Marker-Okafor');
    await popup.click(`$field('Above you')`);
    await popup.click(`$button('Add and prepare')`);
    await dashboard.goto('options.html#/settings/sync');
    await dashboard.type(field('server'), server.url);
    await dashboard.type(field('username'), 'ines');
    await dashboard.type(field('password'), 'not checked by the test server');
    await dashboard.type(field('passphrase'), PASSPHRASE);
    await dashboard.type(field('repeat'), PASSPHRASE);
    await firefoxRound(() => dashboard.click(`$button('Turn on sync')`));
    // The person, encrypted: the key document and at least one record, none of it readable.
    const stored = await server.documents('teachback');
    expect(stored.length).toBeGreaterThan(1);
    expect(JSON.stringify(stored)).not.toContain('Marker');
  });

  it('Chromium receives the person, renames them, and Firefox shows the new name', async () => {
    const page = await chrome.context.newPage();
    await page.goto(chrome.url('options', '#/settings/sync'));
    await page.getByLabel('Server address').fill(server.url);
    await page.getByLabel('CouchDB user name').fill('ines');
    await page.getByLabel('CouchDB password').fill('not checked by the test server');
    await page.getByLabel('Encryption passphrase').fill(PASSPHRASE);
    await page.getByLabel('The passphrase again').fill(PASSPHRASE);
    await chromiumRound(page, () => page.getByRole('button', { name: 'Turn on sync' }).click());
    await page.goto(chrome.url('options', '#/people'));
    await page.getByTestId('people-list').getByRole('link', { name: 'Ines Marker-Okafor' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Ines Marker-Okafor Lund');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByTestId('people-list').getByRole('link', { name: 'Ines Marker-Okafor Lund' }).waitFor();
    await chromiumSyncNow(page);

    await firefoxSyncNow();
    await dashboard.goto('options.html#/people');
    await dashboard.waitFor(listed('Ines Marker-Okafor Lund'));
    expect(await dashboard.value<number>(`document.querySelectorAll('[data-testid="people-list"] a').length`)).toBe(1);
  });
});
