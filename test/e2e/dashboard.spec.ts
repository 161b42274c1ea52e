import type { Page } from '@playwright/test';
import { demoPeople, expect, test, testWithDemo } from './fixtures';
import { storedRow } from './stored-row';

/** Rates every one of the seven elements in an open health check. */
async function rateAll(page: Page, score: string) {
  for (const element of [
    'Reciprocity',
    'Learning',
    'Relationship',
    'Partnership',
    'Collaboration',
    'Mutually defined goals',
    'Development',
  ])
    await page.getByRole('group', { name: element }).getByLabel(score).check();
}

testWithDemo('take a readiness self-assessment: score, advice and history', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/assessments'));
  await page.getByRole('link', { name: 'Take it' }).first().click();
  const items = page.locator('fieldset.assess-item');
  await items.first().waitFor(); // the library loads on first use
  const n = await items.count();
  expect(n).toBeGreaterThanOrEqual(10);
  for (let i = 0; i < n; i++) await items.nth(i).getByLabel('Mostly').check();
  await expect(page.getByTestId('dashboard-score')).toHaveText(/^67 \/ 100 — /);
  await page.getByRole('button', { name: 'Save this result' }).click();
  await expect(page.getByRole('button', { name: 'Saved to your history' })).toBeDisabled();
  await expect(page.getByTestId('assessment-history').getByRole('listitem').first()).toContainText('67');
  await expect(page.getByRole('img', { name: /Your scores, oldest first: .*67/ })).toBeVisible();
});

test('set a reminder lead time in settings', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/settings'));
  await page.getByLabel('15 minutes before').check();
  await expect.poll(() => storedRow(page, 'settings', 'notify.before')).toMatchObject({ value: 15 });
  await page.reload();
  await expect(page.getByLabel('15 minutes before')).toBeChecked();
});

testWithDemo('goals: create past the soft limit with a warning, record progress with a note, add a helper', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/goals'));
  for (const title of ['Mentor a new hire', 'Learn to facilitate workshops']) {
    await page.getByRole('button', { name: 'New goal' }).click();
    await page.getByLabel('What you want to grow in').fill(title);
    await page.getByLabel('How you will know you got there').fill('Someone else says so');
    await page.getByRole('button', { name: 'Add goal' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await page.getByRole('link', { name: '← Goals' }).click();
  }
  await expect(page.getByTestId('goal-warning')).toContainText('6 goals are active');
  await page.getByRole('button', { name: 'New goal' }).click();
  await expect(page.getByRole('note').filter({ hasText: 'You already have 6 active goals' })).toBeVisible();
  // One warning at a time; Cancel closes the form.
  await expect(page.getByRole('note')).toHaveCount(1);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('What you want to grow in')).toBeHidden();
  await expect(page.getByTestId('goal-warning')).toBeVisible();

  await page.getByTestId('goal-list').getByRole('link', { name: 'Mentor a new hire' }).click();
  await page.getByLabel(/^Progress/).fill('40');
  await page.getByLabel('What moved it (optional)').fill('First two sessions done');
  await page.getByRole('button', { name: 'Record progress' }).click();
  await expect(page.getByTestId('goal-history').getByRole('listitem').first()).toContainText('40% ');
  await expect(page.getByTestId('goal-history')).toContainText('First two sessions done');
  await page.getByLabel('Who helps with it').fill('A');
  const first = page.getByRole('button', { name: /^\+ / }).first();
  const name = ((await first.textContent()) ?? '').replace('+ ', '');
  await first.click();
  await expect(page.getByTestId('helpers')).toContainText(name);
});

test('two low ratings in the first meetings suggest re-pairing; ending well archives read-only', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/people/new'));
  await page.getByRole('textbox', { name: /^Name/ }).fill('Noor Haddad');
  await page.getByRole('radio', { name: /Beside you/ }).check();
  await page.getByRole('button', { name: 'Add to my network' }).click();

  const popup = await ext.context.newPage();
  for (const rating of ['1, it didn’t click', '2']) {
    await popup.goto(ext.url('popup'));
    await popup.getByRole('heading', { level: 2, name: 'Noor Haddad' }).waitFor();
    await popup.getByRole('button', { name: '3. Record' }).click();
    await popup.getByRole('radio', { name: rating, exact: true }).check();
    await popup.getByRole('button', { name: 'Save the meeting' }).click();
    await popup.getByRole('status').filter({ hasText: 'Recorded.' }).waitFor();
  }

  await page.getByRole('link', { name: 'Noor Haddad' }).click();
  await expect(page.getByTestId('repair')).toContainText('Nobody failed');
  await expect(page.getByRole('img', { name: /Rapport over time, out of 5: 1, 2/ })).toBeVisible();

  await page.getByRole('button', { name: 'End well…' }).click();
  await expect(page.getByRole('heading', { name: 'End well' })).toBeFocused();
  await page.getByLabel('Looking back, what was this relationship for you?').fill('We wanted different things, and said so kindly.');
  await page.getByLabel('What you gained').fill('a clearer sense of what I need from a peer mentor');
  await expect(page.getByTestId('thanks')).toHaveValue(/What I take with me most: a clearer sense of what I need from a peer mentor\./);
  await page.getByRole('button', { name: 'Close and archive' }).click();
  await expect(page.getByTestId('person-status')).toHaveText('This relationship has ended.');
  await expect(page.getByRole('heading', { level: 1, name: 'Noor Haddad' })).toBeFocused();
  await expect(page.getByTestId('archive')).toContainText('a clearer sense of what I need');
  await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  await expect(page.getByTestId('timeline')).toContainText('We wanted different things');
  await page.getByRole('button', { name: 'Reopen relationship' }).click();
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible();
});

testWithDemo('people: search, filter and sort a large list; actions across the network; a health check', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/people'));
  const list = page.getByTestId('people-list');
  const firstName = ((await list.getByRole('link').first().textContent()) ?? '').split(' ')[0] ?? '';
  // Each filter is checked once it has applied: no row left that it should have removed.
  await page.getByTestId('people-search').fill(firstName);
  await expect(list.getByRole('link').filter({ hasNotText: new RegExp(firstName, 'i') })).toHaveCount(0);
  await page.getByTestId('people-search').fill('');
  await page.getByLabel('Direction').selectOption('down');
  await expect(list.locator('.chip').filter({ hasNotText: 'Below you' })).toHaveCount(0);
  await expect(list.locator('.chip').first()).toHaveText('Below you');
  await page.getByLabel('Direction').selectOption('');
  await page.getByLabel('Only due now').check();
  const due = demoPeople().due.filter((p) => (p.status ?? 'active') === 'active').length;
  await expect(list.locator('.person-due')).toHaveCount(due);
  await expect(list.locator('.person-due').filter({ hasNotText: /^(Due|Overdue)$/ })).toHaveCount(0);
  await page.getByLabel('Only due now').uncheck();
  await page.getByLabel('Sort').selectOption('due');
  await expect(list.locator('.person-due').first()).toHaveText('Overdue');

  await page.goto(ext.url('options', '#/actions'));
  const actions = page.getByTestId('actions').getByRole('listitem');
  await expect(actions.first()).toBeVisible();
  await page.getByLabel('Whose').selectOption('me');
  await expect(page.getByTestId('actions').locator('.small').filter({ hasNotText: /^You/ })).toHaveCount(0);
  await expect(actions.first()).toBeVisible();
  const text = (await actions.first().locator('.check span').textContent()) ?? '';
  await actions.first().getByRole('checkbox').check();
  await page.getByLabel('Show').selectOption('done');
  await expect(page.getByTestId('actions')).toContainText(text);

  await page.goto(ext.url('options', '#/people'));
  await list.getByRole('link').first().click();
  await page.getByRole('button', { name: 'Check in on this relationship' }).click();
  await rateAll(page, '4');
  await page.getByRole('button', { name: 'Save the check' }).click();
  await expect(page.getByTestId('health-last')).toContainText('Reciprocity: 4');
});

test('a chosen theme applies everywhere from the first frame', async ({ ext, page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(ext.url('options', '#/settings'));
  await page.getByLabel('Dark', { exact: true }).check();
  const bg = (p: import('@playwright/test').Page) => p.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await bg(page)).toBe('rgb(19, 20, 22)');
  const tab = await ext.context.newPage();
  await tab.emulateMedia({ colorScheme: 'light' });
  await tab.goto(ext.url('newtab'));
  expect(await tab.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await bg(tab)).toBe('rgb(19, 20, 22)');
  await page.getByLabel('Follow the system').check();
  expect(await bg(page)).toBe('rgb(246, 246, 243)');
});

test('write a relationship agreement in the dashboard; a passed mid-point asks for a review', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/goals'));
  await page.getByRole('button', { name: 'New goal' }).click();
  await page.getByLabel('What you want to grow in').fill('Understand the commercial side');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Understand the commercial side' })).toBeVisible();
  await page.goto(ext.url('options', '#/people/new'));
  await page.getByRole('textbox', { name: /^Name/ }).fill('Tomás Rossi');
  await page.getByRole('radio', { name: /Outside/ }).check();
  await page.getByRole('button', { name: 'Add to my network' }).click();
  await page.getByRole('link', { name: 'Tomás Rossi' }).click();
  await page.getByRole('button', { name: 'Write an agreement' }).click();
  await page.getByLabel('What each of you wants from this (one per line)').fill('Understand pricing\nHear how engineering sees sales');
  await page.getByLabel('Mid-point review').fill('2020-01-01');
  await page.getByLabel('Understand the commercial side').check();
  await page.getByRole('button', { name: 'Save agreement' }).click();
  await expect(page.getByTestId('objectives')).toContainText('Understand pricing');
  await expect(page.getByTestId('midpoint')).toContainText('mid-point review');
  await page.getByRole('button', { name: 'Check in on this relationship' }).click();
  await rateAll(page, '3');
  await page.getByRole('button', { name: 'Save the check' }).click();
  await expect(page.getByTestId('midpoint')).toHaveCount(0);
  // The goal the agreement serves now counts Tomás as a helper.
  await page.goto(ext.url('options', '#/goals'));
  await page.getByRole('link', { name: 'Understand the commercial side' }).click();
  await expect(page.getByTestId('helpers')).toContainText('Tomás Rossi');
});

test('insights: keep one from a person, review it, edit it; it shows on their page', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/people/new'));
  await page.getByRole('textbox', { name: /^Name/ }).fill('Wen Zhang');
  await page.getByRole('radio', { name: /Above you/ }).check();
  await page.getByRole('button', { name: 'Add to my network' }).click();
  await expect(page.getByRole('link', { name: 'Wen Zhang' })).toBeVisible();
  await page.goto(ext.url('options', '#/insights'));
  await page.getByTestId('insight-text').fill('Decide what the meeting is for before booking it');
  await page.getByLabel('From whom (optional)').fill('Wen');
  await page.getByRole('button', { name: 'Wen Zhang' }).click();
  await page.getByRole('button', { name: 'Keep this insight' }).click();
  const item = page.getByTestId('insights').getByRole('listitem').first();
  await expect(item).toContainText('Due for review');
  await item.getByRole('button', { name: 'Good' }).click();
  await expect(item).toContainText('Next review');
  await item.getByRole('button', { name: 'Edit' }).click();
  await item.getByLabel('Edit insight').fill('Decide what a meeting is for before you book it');
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(item).toContainText('before you book it');
  await page.goto(ext.url('options', '#/people'));
  await page.getByRole('link', { name: 'Wen Zhang' }).click();
  await expect(page.getByText('What you learned from them:')).toBeVisible();
});

test('the "Save page to Teachback" menu item is registered', async ({ ext }) => {
  const worker = await ext.worker();
  // update() fails for an item that does not exist.
  const exists = await worker.evaluate(() =>
    (globalThis as unknown as { chrome: { contextMenus: { update: (id: string, p: object) => Promise<void> } } }).chrome.contextMenus
      .update('save-page', {})
      .then(
        () => true,
        () => false,
      ),
  );
  expect(exists).toBe(true);
});

test('the dashboard works from the keyboard: add a person', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/people'));
  const add = page.getByRole('button', { name: 'Add a person' });
  for (let i = 0; i < 30 && !(await add.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a person' })).toBeVisible();
  await page.getByRole('textbox', { name: /^Name/ }).focus();
  await page.keyboard.type('Keyboard Person');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: /Above you/ })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: /Beside you/ })).toBeChecked();
  await page.getByRole('button', { name: 'Add to my network' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Keyboard Person' })).toBeVisible();
});
