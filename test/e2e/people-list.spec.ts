// The people list and a person's page, as someone moving between them sees it: the list keeps
// its search, filters and paging, a person opens at their name, and two tabs never overwrite
// each other's typing.
import type { Page } from '@playwright/test';
import type { BackupV1 } from '../../lib/backup/schema';
import type { Person } from '../../lib/model/types';
import { expect, importData, importPeople, ready, test } from './fixtures';

const padded = (i: number) => String(i).padStart(3, '0');
// 250 people, every other one tagged "team": past two pages of "show more".
const crowd: Array<Partial<Person>> = Array.from({ length: 250 }, (_, i) => ({
  id: `p${padded(i)}`,
  name: `Person ${padded(i)}`,
  direction: 'peer',
  status: 'active',
  tags: i % 2 ? ['team'] : [],
}));

const rows = (page: Page) => page.getByTestId('people-list').getByRole('listitem');

test('after opening a person, going back shows the list as it was: search, tag, paging, and where you were', async ({ ext, page }) => {
  await importPeople(page, ext.url('options', '#/data'), crowd);
  await page.setViewportSize({ width: 900, height: 600 });
  await page.goto(ext.url('options', '#/people'));
  await ready(page);
  await page.getByTestId('people-search').fill('Person');
  await page.getByRole('textbox', { name: 'Tag' }).fill('team');
  await expect(rows(page)).toHaveCount(100);
  await page.getByRole('button', { name: 'Show 100 more people' }).click();
  await expect(rows(page)).toHaveCount(125);
  const opened = page.getByRole('link', { name: 'Person 187' });
  await opened.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(500);
  // Where the row is in the window as it is clicked: what a user comes back to. Not a scroll
  // offset (rows out of view are laid out at a guessed height), and not read before the click:
  // rows drawn meanwhile may move it.
  const rowTop = () => opened.evaluate((a) => Math.round(a.getBoundingClientRect().top));
  await opened.evaluate((a) =>
    a.addEventListener('click', () => {
      document.documentElement.dataset.leftAt = String(Math.round(a.getBoundingClientRect().top));
    }),
  );
  await opened.click();
  const listTop = Number(await page.locator('html').getAttribute('data-left-at'));

  await expect(page.getByRole('heading', { level: 1, name: 'Person 187' })).toBeFocused();
  expect(await page.evaluate(() => scrollY)).toBe(0);

  await page.goBack();
  await ready(page);
  await expect(page.getByTestId('people-search')).toHaveValue('Person');
  await expect(page.getByRole('textbox', { name: 'Tag' })).toHaveValue('team');
  await expect(rows(page)).toHaveCount(125);
  await expect(page.getByRole('link', { name: 'Person 187' })).toBeFocused();
  await expect.poll(rowTop).toBe(listTop);

  await page.getByRole('link', { name: 'Person 187' }).click();
  await page.getByRole('link', { name: 'Back to people' }).click();
  await expect(page.getByTestId('people-search')).toHaveValue('Person');
  await expect(page.getByRole('link', { name: 'Person 187' })).toBeFocused();
});

test('the list never blanks while a search is typed', async ({ ext, page }) => {
  await importPeople(page, ext.url('options', '#/data'), crowd);
  await page.goto(ext.url('options', '#/people'));
  await ready(page);
  await page.evaluate(() => {
    const w = window as unknown as { blanked: boolean };
    w.blanked = false;
    new MutationObserver(() => {
      if (!document.querySelector('[data-testid="people-list"] li')) w.blanked = true;
    }).observe(document.querySelector('main') as Node, { childList: true, subtree: true });
  });
  await page.getByTestId('people-search').pressSequentially('Person 2', { delay: 20 });
  await expect(rows(page)).toHaveCount(50);
  expect(await page.evaluate(() => (window as unknown as { blanked: boolean }).blanked)).toBe(false);
});

test('saving a person in one tab keeps what is being typed about them in another', async ({ ext, page }) => {
  await importPeople(page, ext.url('options', '#/data'), [{ id: 'ada', name: 'Ada', direction: 'peer', role: 'Engineer' }]);
  const other = await ext.context.newPage();
  for (const p of [page, other]) {
    await p.goto(ext.url('options', '#/people/ada'));
    await ready(p);
  }
  const role = other.getByRole('textbox', { name: 'Role or context' });
  await role.fill('Staff engineer');

  await page.getByRole('textbox', { name: 'Name' }).fill('Ada Lovelace');
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(other.getByTestId('changed-elsewhere')).toBeVisible();
  await expect(other.getByRole('textbox', { name: 'Name' })).toHaveValue('Ada Lovelace');
  await expect(role).toHaveValue('Staff engineer');
  await other.getByRole('button', { name: 'Save changes' }).click();

  await page.goto(ext.url('options', '#/people/ada'));
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ada Lovelace');
  await expect(page.getByRole('textbox', { name: 'Role or context' })).toHaveValue('Staff engineer');
});

test('a long history shows sixty meetings at a time, and the earlier ones on request', async ({ ext, page }) => {
  const week = 7 * 86_400_000;
  const meetings = Array.from({ length: 65 }, (_, i) => ({
    id: `m${padded(i)}`,
    personId: 'p1',
    at: new Date(Date.UTC(2025, 0, 6, 10) + i * week).toISOString(),
    status: 'held',
    kind: 'meeting',
    agreements: [`Agreement ${i + 1}`],
  }));
  await importData(page, ext.url('options', '#/data'), {
    people: [{ id: 'p1', name: 'Long Friend', direction: 'peer' }],
    meetings,
  } as BackupV1['data']);
  await page.goto(ext.url('options', '#/people/p1'));
  await ready(page);
  const history = page.getByTestId('timeline').locator(':scope > li');
  await expect(history).toHaveCount(60);
  await expect(history.first()).toContainText('Agreement 65');
  await page.getByRole('button', { name: 'Show 5 earlier meetings and contacts' }).click();
  await expect(history).toHaveCount(65);
  await expect(history.last()).toContainText('Agreement 1');
  // The button is gone with nothing left to show; the focus is on the first row it brought.
  await expect(page.getByTestId('timeline-earlier')).toHaveCount(0);
  await expect(history.nth(60)).toBeFocused();
  await expect(history.nth(60)).toContainText('Agreement 5');
});
