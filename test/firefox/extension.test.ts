// The extension in Firefox ESR: one user's first hour, from install to a full network, with
// the same build Firefox users get (`npm run build:firefox`).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../harness/chromium.ts';
import { demoFile, demoPeople } from '../e2e/fixtures.ts';
import { type LaunchedFirefox, launchFirefox } from './firefox.ts';
import { Tab } from './tab.ts';

const text = (t: string) => `document.body.innerText.includes(${JSON.stringify(t)})`;
const SHOTS = join(ROOT, 'test-results/firefox');
const BADGE = 'browser.action.getBadgeText({})';

describe.sequential('Teachback in Firefox', () => {
  let ff: LaunchedFirefox;
  let dashboard: Tab;
  let newtab: Tab;
  let due = 0;

  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('installing opens the dashboard’s welcome', async () => {
    dashboard = await Tab.find(ff, 'options.html');
    await dashboard.waitFor(text('Who do you learn from?'));
    expect(await dashboard.axe()).toEqual([]);
  });

  it('the popup adds a first person and prepares the first meeting', async () => {
    const popup = await dashboard.open('popup.html');
    await popup.type(`$field('Name')`, 'Ines Okafor');
    await popup.click(`$field('Above you')`);
    await popup.type(`$field('What you would like to learn from them')`, 'how to run a budget review');
    expect(await popup.axe()).toEqual([]);
    await popup.click(`$button('Add and prepare')`);
    await popup.waitFor(`[...document.querySelectorAll('h2, h3')].some((h) => h.textContent.trim() === 'First meeting')`);
    expect(await popup.axe()).toEqual([]);
    await dashboard.goto('options.html#/people');
    await dashboard.waitFor(text('Ines Okafor'));
  });

  it('the new tab shows the glance, and a one-line answer lands in the dashboard', async () => {
    newtab = await dashboard.open('newtab.html');
    await newtab.waitFor(`$testid('active-count')?.textContent.includes('1 person')`);
    const question = await newtab.waitFor<string>(`document.querySelector('#prompt-question')?.textContent.trim()`);
    expect(await newtab.axe()).toEqual([]);
    await newtab.type(`document.querySelector('input[aria-labelledby="prompt-question"]')`, 'Asked Ines to review my plan.');
    await newtab.click(`$button('Save')`);
    await newtab.waitFor(text('Saved to your reflections.'));
    await dashboard.goto('options.html#/reflections');
    const saved = await dashboard.waitFor<string>(`$testid('reflections')?.querySelector('li')?.textContent`);
    expect(saved).toContain('Asked Ines to review my plan.');
    expect(saved).toContain(question);
  });

  it('a backup imports in the dashboard (in a worker), and the open new tab follows', async () => {
    await dashboard.goto('options.html#/data');
    await dashboard.setFile(`$testid('import-file')`, demoFile());
    await dashboard.click(`$button('Replace my data')`);
    await dashboard.waitFor(`$testid('import-result')`, 60_000);
    // The demo's 40 people, less those paused or ended.
    await newtab.waitFor(`/\\b[1-9]\\d people\\b/.test($testid('active-count')?.textContent)`);
  });

  it('the background keeps the badge on the number of people due', async () => {
    due = demoPeople().due.length;
    expect(due).toBeGreaterThan(1);
    await newtab.waitFor(`${BADGE}.then((t) => t === '${due}')`);
  });

  it('logging a contact from the new tab takes the person off the due list and the badge', async () => {
    const name = await newtab.waitFor<string>(`$testid('due-list')?.querySelector('.due-name')?.textContent`);
    await newtab.click(`$testid('due-list').querySelector('summary')`);
    await newtab.click(`$button('Call')`);
    await newtab.waitFor(`!$testid('due-list') || !$testid('due-list').textContent.includes(${JSON.stringify(name)})`);
    await newtab.waitFor(`${BADGE}.then((t) => t === '${due - 1}')`);
  });

  it('the theme chosen in Settings is the next new tab’s, and the full glance passes axe in both', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await dashboard.goto('options.html#/settings');
    for (const theme of ['Dark', 'Light']) {
      await dashboard.click(`$field('${theme}')`);
      await newtab.goto('newtab.html');
      // Set by the blocking paint script from the saved choice, before anything is drawn.
      expect(await newtab.value('document.documentElement.dataset.theme')).toBe(theme.toLowerCase());
      expect(await newtab.value(`$testid('active-count')?.textContent`)).toMatch(/people/);
      await newtab.waitFor(`performance.getEntriesByName('tb:fresh-data').length > 0`);
      expect(await newtab.axe()).toEqual([]);
      await newtab.screenshot(join(SHOTS, `newtab-${theme.toLowerCase()}.png`));
    }
  });

  it('no page logged an error', () => {
    expect(ff.errors).toEqual([]);
  });
});
