// Issue 19's first four: forms that take what people type, the people list's "Only due now",
// one answer to "who is due" in the user's time zone, and the proposed next meeting.
import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import type { Launched } from '../../harness/chromium';
import type { Person } from '../../lib/model/types';
import { demoPeople, expect, importPeople, ready, test, testWithDemo } from './fixtures';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Weekly people whose ideal day falls either side of today's local midnight, and one long overdue. */
function straddling(now: number): Array<Partial<Person>> {
  const ago = (ms: number) => new Date(now - ms).toISOString();
  return [
    ...[-20, -6, -1, 1, 6, 12, 20].map((h, i) => ({
      id: `w${i}`,
      name: `Weekly ${i}`,
      direction: 'peer' as const,
      status: 'active' as const,
      cadence: { idealDays: 7, maxDays: 10 },
      startedAt: ago(60 * DAY),
      lastContactAt: ago(7 * DAY + h * HOUR),
    })),
    { id: 'late', name: 'Long overdue', direction: 'up', status: 'active', startedAt: ago(120 * DAY), lastContactAt: ago(90 * DAY) },
  ];
}

/**
 * A page whose `Date` reads `time` while timers run. Playwright's clock was tried first: it
 * evaluates in every page of the context, and one without its clock installed made it throw in
 * CI runs ("reading 'controller'"). An init script touches only documents created after it, so
 * no page can be caught half-made.
 */
async function fixedClockPage(ext: Launched, time: number): Promise<Page> {
  await ext.context.addInitScript((fixed: number) => {
    const Real = Date;
    const Fixed = function (this: unknown, ...args: unknown[]) {
      if (!new.target) return new Real(fixed).toString();
      return args.length === 0 ? new Real(fixed) : new (Real as unknown as new (...a: unknown[]) => Date)(...args);
    } as unknown as DateConstructor;
    Object.setPrototypeOf(Fixed, Real);
    (Fixed as { prototype: Date }).prototype = Real.prototype;
    Fixed.now = () => fixed;
    globalThis.Date = Fixed;
  }, time);
  return ext.context.newPage();
}

const dueOnNewtab = async (page: Page) =>
  (await page.locator('.due-item.due-due .due-name, .due-item.due-overdue .due-name').allTextContents()).sort();

testWithDemo('the agreement’s day counts take what you type, and refuse what the person form refuses', async ({ ext, page }) => {
  const person = demoPeople().all.find((p) => p.status === 'active');
  await page.goto(ext.url('options', `#/people/${person?.id}`));
  await page.getByRole('button', { name: /^(Edit the agreement|Write an agreement)$/ }).click();
  const ideal = page.getByLabel('Meet every … days');
  await ideal.click();
  await ideal.press('End');
  for (let i = 0; i < 6; i++) await ideal.press('Backspace');
  await expect(ideal).toHaveValue('');
  await ideal.pressSequentially('21');
  await expect(ideal).toHaveValue('21');
  const max = page.getByLabel('At most … days apart');
  await max.fill('10');
  await page.getByRole('button', { name: 'Save agreement' }).click();
  await expect(page.getByRole('alert')).toHaveText('The longest gap should be at least the ideal one (21 days).');
  await max.fill('1e2');
  await max.blur();
  await expect(page.getByRole('alert')).toHaveText('Use a whole number of days, such as 30.');
  await max.fill('30');
  await page.getByRole('button', { name: 'Save agreement' }).click();
  await expect(page.getByTestId('agreement-terms')).toContainText('Meet every 21 days, at most 30 apart');
  await expect(page.getByText('No agreement yet')).toHaveCount(0);
});

testWithDemo('“Only due now” shows the people who are due, and the page settles', async ({ ext, page }) => {
  const due = demoPeople().due;
  await page.goto(ext.url('options', '#/people'));
  await ready(page);
  await page.getByLabel('Only due now').check();
  await expect(page.getByTestId('people-list').getByRole('listitem')).toHaveCount(due.length);
  await ready(page);
  expect((await page.getByTestId('people-list').locator('.person-name').allTextContents()).sort()).toEqual(due.map((p) => p.name).sort());
});

for (const timezoneId of ['Pacific/Auckland', 'America/Los_Angeles']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('the new tab, the list’s labels and “Only due now” name the same people', async ({ ext }) => {
      const now = Date.parse('2026-12-01T20:30:00Z');
      const page = await fixedClockPage(ext, now);
      await importPeople(page, ext.url('options', '#/data'), straddling(now));
      const newtab = await ext.context.newPage();
      await newtab.goto(ext.url('newtab'));
      await ready(newtab);
      const shown = await dueOnNewtab(newtab);
      expect(shown.length).toBeGreaterThan(1);

      await page.goto(ext.url('options', '#/people'));
      await ready(page);
      const labelled = page.locator('.person-row').filter({ has: page.locator('.urgency-due, .urgency-overdue') });
      expect((await labelled.locator('.person-name').allTextContents()).sort()).toEqual(shown);
      await page.getByLabel('Only due now').check();
      await expect(page.getByTestId('people-list').getByRole('listitem')).toHaveCount(shown.length);
      expect((await page.getByTestId('people-list').locator('.person-name').allTextContents()).sort()).toEqual(shown);
    });
  });
}

test.describe('in Los Angeles, on the real clock', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  // No fixed clock here: the worker and the page both read the real one, 30 minutes of slack either side.
  test('the badge counts the people the new tab shows as due', async ({ ext, page }) => {
    await importPeople(page, ext.url('options', '#/data'), straddling(Date.now()));
    const newtab = await ext.context.newPage();
    await newtab.goto(ext.url('newtab'));
    await ready(newtab);
    const shown = await dueOnNewtab(newtab);
    const worker = await ext.worker();
    await expect
      .poll(() => worker.evaluate(() => (globalThis as unknown as { chrome: typeof browser }).chrome.action.getBadgeText({})))
      .toBe(String(shown.length));
  });
});

test.describe('in Auckland at 08:00 on 2 December', () => {
  test.use({ timezoneId: 'Pacific/Auckland' });

  test('the next meeting follows the cadence just agreed, in calendar days, at the same time', async ({ ext }) => {
    const page = await fixedClockPage(ext, Date.parse('2026-12-01T19:00:00Z'));
    await importPeople(page, ext.url('options', '#/data'), [
      {
        id: 'ana',
        name: 'Ana Ruiz',
        direction: 'up',
        status: 'active',
        startedAt: '2026-11-01T00:00:00Z',
        cadence: { idealDays: 7, maxDays: 10 },
      },
    ]);
    const popup = await ext.context.newPage();
    await popup.goto(ext.url('popup'));
    await popup.getByRole('heading', { level: 3, name: 'First meeting' }).waitFor();
    await popup.getByRole('button', { name: '3. Record' }).click();
    await expect(popup.getByLabel('Date', { exact: true })).toHaveValue('2026-12-09');
    await expect(popup.getByLabel('Time', { exact: true })).toHaveValue('08:00');
    await popup.getByRole('button', { name: '1. Prepare' }).click();
    await popup.getByLabel('Meet every … days').fill('21');
    await popup.getByRole('button', { name: '3. Record' }).click();
    await expect(popup.getByLabel('Date', { exact: true })).toHaveValue('2026-12-23');
  });
});
