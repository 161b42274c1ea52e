// The mentoring review and the development plan, with the demo network. These only look (or
// change what the page would share, which is never stored), so they share one browser.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { BackupV1 } from '../../lib/backup/schema';
import { systemTimeZone } from '../../lib/model/calendar';
import type { Goal, Meeting, Person } from '../../lib/model/types';
import { inPeriod, last12Months } from '../../lib/review/period';
import { demoFile, ready, test } from './fixtures';

const demo = () =>
  (JSON.parse(readFileSync(demoFile(), 'utf8')) as BackupV1).data as unknown as { people: Person[]; meetings: Meeting[]; goals: Goal[] };

test('the last 12 months show the meetings, contacts and people met that the data holds', async ({ browse }) => {
  const ext = await browse('demo');
  const page = await ext.context.newPage();
  await page.goto(ext.url('options', '#/review'));
  await ready(page);
  const period = last12Months(new Date(), systemTimeZone());
  const held = demo().meetings.filter((m) => (m.status ?? 'held') === 'held' && inPeriod(m.at, period));
  const meetings = held.filter((m) => (m.kind ?? 'meeting') === 'meeting').length;
  const people = new Set(held.map((m) => m.personId)).size;
  await expect(page.getByTestId('activity-totals')).toContainText(`${meetings} meetings`);
  await expect(page.getByTestId('activity-totals')).toContainText(`and ${held.length - meetings} quick contacts with ${people} people`);
  await page.close();
});

test('hiding a person takes their name off the page and out of the Markdown', async ({ browse }) => {
  const ext = await browse('demo');
  const page = await ext.context.newPage();
  await page.goto(ext.url('options', '#/review'));
  await ready(page);
  const names = demo().people.map((p) => p.name);
  const listed = await page.getByTestId('share-people').locator('label > span').allTextContents();
  const name = listed.find((n) => names.filter((x) => x === n).length === 1) as string;
  const doc = page.locator('.review-doc');
  await expect(doc).toContainText(name);
  await page.getByTestId('share-people').getByLabel(name).selectOption('hidden');
  await expect(doc).not.toContainText(name);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Markdown' }).click();
  const markdown = readFileSync(await (await download).path(), 'utf8');
  expect(markdown).toContain('## What you learned, and from whom');
  expect(markdown).not.toContain(name);
  await page.close();
});

test('the print view is the document alone, without the navigation or the controls', async ({ browse }) => {
  const ext = await browse('demo');
  const page = await ext.context.newPage();
  await page.goto(ext.url('options', '#/review'));
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Dashboard' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Mentoring review' })).toBeVisible();
  await page.close();
});

test('the development plan lists every active goal', async ({ browse }) => {
  const ext = await browse('demo');
  const page = await ext.context.newPage();
  await page.goto(ext.url('options', '#/review/plan'));
  await ready(page);
  const active = demo()
    .goals.filter((g) => (g.status ?? 'active') === 'active')
    .map((g) => g.title);
  expect(active.length).toBeGreaterThan(0);
  const titles = page.getByTestId('plan-goals').getByRole('heading', { level: 3 });
  await expect(titles).toHaveCount(active.length);
  expect((await titles.allTextContents()).sort()).toEqual(active.sort());
  await page.close();
});
