import { expect, expectAccessible, test, testWithDemo } from './fixtures';

const SITE = 'http://localhost:4173/';

test('read a lesson offline in the dashboard and mark its "try this" step', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/library'));
  await expect(page.getByTestId('library-progress')).toHaveText('0 of 36 lessons read · 0 tried');
  await page.getByRole('link', { name: 'Spend most of the hour on the person who came to learn' }).click();
  await expect(page.getByRole('heading', { name: 'Try this today' })).toBeVisible();
  await page.getByRole('button', { name: 'I tried it' }).click();
  await expect(page.getByRole('button', { name: 'Tried ✓' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('link', { name: '← Library' }).click();
  await expect(page.getByTestId('library-progress')).toHaveText('1 of 36 lessons read · 1 tried');
  await expect(page.locator('li', { hasText: 'Spend most of the hour' })).toContainText('Tried');

  await page.getByRole('link', { name: 'All 117 reflection prompts' }).click();
  const prompt = page.locator('.prompt-list li', { hasText: 'What could you teach the person you are learning the most from this month?' });
  await prompt.getByRole('link', { name: 'Read the lesson' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What you can teach someone more senior');
});

test('the Skills and tools track, and a template copied from its lesson', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/library'));
  await expect(page.getByRole('heading', { name: 'Skills and tools' })).toBeVisible();
  await page.getByRole('link', { name: 'Four templates to copy into your own notes' }).click();
  const agreement = page.locator('figure.template', { hasText: 'MENTORING AGREEMENT' });
  await expect(agreement.locator('pre')).toContainText("What the mentor won't do:");
  await agreement.getByRole('button', { name: 'Copy template: Mentoring agreement' }).click();
  await expect(agreement.getByRole('status')).toHaveText(/^Copied/);
  await expect(page.locator('figure.template').getByRole('button')).toHaveCount(4);
  await expectAccessible(page);
});

testWithDemo('a collection made in the dashboard opens from its link on the site, and imports back', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/collections'));
  await page.getByRole('button', { name: 'New collection' }).click();
  await page.getByLabel('Title', { exact: true }).fill('For Sam, new team lead');
  await page.getByLabel('A note for whoever opens it').fill('Start with the first two.');
  await page.getByLabel('Agree how you will work together at the first meeting').check();
  await page.getByLabel("If it hasn't clicked after two meetings, change the pairing").check();
  await page.getByLabel('Peer mentoring — Wikipedia').check();
  await page.getByRole('button', { name: 'Create collection' }).click();

  const card = page.getByTestId('collection-card').filter({ hasText: 'For Sam, new team lead' });
  await expect(card).toContainText('3 items');
  await card.getByLabel('Address of your Teachback site').fill(SITE);
  await card.getByRole('button', { name: 'Save and make the link' }).click();
  const link = await card.getByTestId('share-link').inputValue();
  expect(link).toMatch(/^http:\/\/localhost:4173\/collection\.html#v1\./);

  const site = await ext.context.newPage();
  await site.goto(link);
  await expect(site.getByRole('heading', { level: 1 })).toHaveText('For Sam, new team lead');
  await expect(site.getByText('Start with the first two.')).toBeVisible();
  const items = site.getByTestId('collection-items').getByRole('listitem');
  await expect(items).toHaveText([
    /Agree how you will work together at the first meeting/,
    /If it hasn't clicked after two meetings, change the pairing/,
    /Peer mentoring — Wikipedia/,
  ]);
  await site.getByRole('link', { name: 'Agree how you will work together at the first meeting' }).click();
  await expect(site).toHaveURL(/lessons\/roles-and-agreement\.html$/);

  await page.getByTestId('import-link').fill(link);
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.locator('.preview').getByRole('heading', { name: 'For Sam, new team lead' })).toBeVisible();
  await page.getByRole('button', { name: 'Import this collection' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported “For Sam, new team lead”.' })).toBeVisible();
  await expect(page.getByTestId('collection-card').filter({ hasText: 'For Sam, new team lead' })).toHaveCount(2);

  await page.getByTestId('import-link').fill(`${SITE}collection.html#v1.broken!!`);
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('alert')).toContainText('damaged');
});
