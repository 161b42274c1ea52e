import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { browser } from 'wxt/browser';
import { launchWithExtension } from '../../harness/chromium';
import type { BackupV1 } from '../../lib/backup/schema';
import { demoFile, demoPeople, expect, test, testWithDemo } from './fixtures';
import { storedRow } from './stored-row';

testWithDemo('the badge counts the people who are due', async ({ ext }) => {
  const { all: people, due: duePeople } = demoPeople();
  const due = duePeople.length;
  const someone = duePeople.find((p) => people.filter((q) => q.name === p.name).length === 1);
  const worker = await ext.worker();
  await expect
    .poll(() => worker.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.action.getBadgeText({})), {
      timeout: 15_000,
    })
    .toBe(String(due));

  // Logging a contact with someone due takes them off the count.
  const popup = await ext.context.newPage();
  await popup.goto(ext.url('popup'));
  await popup.getByRole('combobox', { name: 'Prepare for someone else' }).fill(someone?.name.split(' ')[0] ?? '');
  await popup.getByRole('option', { name: new RegExp(someone?.name ?? '') }).click();
  await popup.getByRole('heading', { level: 2, name: someone?.name }).waitFor();
  await popup.getByText('Log a contact').click();
  await popup.getByRole('button', { name: 'Chat' }).click();
  await expect
    .poll(() => worker.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.action.getBadgeText({})), {
      timeout: 15_000,
    })
    .toBe(String(due - 1));
});

testWithDemo('a planned meeting downloads as an .ics file that calendar apps can read', async ({ ext }) => {
  const demo = JSON.parse(readFileSync(demoFile(), 'utf8')) as BackupV1;
  const planned = (demo.data.meetings ?? [])
    .filter((m) => m.status === 'planned')
    .sort((a, b) => String(a.at).localeCompare(String(b.at)))[0];
  const person = (demo.data.people ?? []).find((p) => p.id === planned?.personId);
  const popup = await ext.context.newPage();
  await popup.goto(ext.url('popup'));
  await expect(popup.getByRole('heading', { level: 2, name: String(person?.name) })).toBeVisible();
  const download = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Add to calendar' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent') ?? undefined);
  expect(event.summary).toBe(`Mentoring conversation with ${person?.name}`);
  expect(event.startDate.toJSDate().getTime()).toBe(Math.floor(Date.parse(String(planned?.at)) / 60_000) * 60_000);
});

testWithDemo('a saved page can be linked to people and goals', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/resources'));
  await page.getByTestId('resources').getByRole('link', { name: 'Peer mentoring — Wikipedia' }).click();
  await page.getByLabel('Link a person').fill('A');
  const first = page.getByRole('button', { name: /^\+ / }).first();
  const name = ((await first.textContent()) ?? '').replace('+ ', '');
  await first.click();
  await expect(page.getByTestId('linked-people')).toContainText(name);
  const goal = page.getByRole('checkbox').first();
  await goal.check();
  const id = new URL(page.url()).hash.split('/').pop() ?? '';
  await expect.poll(async () => ((await storedRow(page, 'resources', id)) as { goalIds?: string[] }).goalIds?.length).toBe(1);
  await page.reload();
  await expect(page.getByTestId('linked-people')).toContainText(name);
  await expect(page.getByRole('checkbox').first()).toBeChecked();
});

test('a first install opens the dashboard’s welcome in a tab of its own', async () => {
  const { context } = await launchWithExtension({ keepWelcome: true });
  const welcome = context.pages().find((p) => p.url().includes('options.html'));
  if (!welcome) throw new Error('No dashboard tab opened on install');
  await expect(welcome.getByRole('heading', { name: 'Who do you learn from?' })).toBeVisible();
  await context.close();
});
