import { importThroughDashboard } from './extension';
import { demoFile, expect, test } from './fixtures';

test('take a readiness self-assessment: score, advice and history', async ({ ext, page }) => {
  await importThroughDashboard(page, ext.url('options', '#/data'), demoFile());
  await page.goto(ext.url('options', '#/assessments'));
  await page.getByRole('link', { name: 'Take it' }).first().click();
  const items = page.locator('fieldset.assess-item');
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
  await page.reload();
  await expect(page.getByLabel('15 minutes before')).toBeChecked();
});

test('goals: create past the soft limit with a warning, record progress with a note, add a helper', async ({ ext, page }) => {
  await importThroughDashboard(page, ext.url('options', '#/data'), demoFile());
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
  await page.getByLabel('Name').fill('Noor Haddad');
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
  await page.getByLabel('Looking back, what was this relationship for you?').fill('We wanted different things, and said so kindly.');
  await page.getByLabel('What you gained').fill('a clearer sense of what I need from a peer mentor');
  await expect(page.getByTestId('thanks')).toHaveValue(/What I take with me most: a clearer sense of what I need from a peer mentor\./);
  await page.getByRole('button', { name: 'Close and archive' }).click();
  await expect(page.getByTestId('person-status')).toHaveText('This relationship has ended.');
  await expect(page.getByTestId('archive')).toContainText('a clearer sense of what I need');
  await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
  await expect(page.getByTestId('timeline')).toContainText('We wanted different things');
  await page.getByRole('button', { name: 'Reopen relationship' }).click();
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible();
});
