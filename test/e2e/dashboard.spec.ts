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
