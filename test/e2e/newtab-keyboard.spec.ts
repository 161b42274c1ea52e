import { expect, testWithDemo } from './fixtures';

testWithDemo('the new tab works from the keyboard: answer the prompt, log a contact', async ({ ext }) => {
  const tab = await ext.context.newPage();
  await tab.goto(ext.url('newtab'));
  await tab.waitForFunction(() => performance.getEntriesByName('tb:fresh-data').length > 0);
  const answer = tab.locator('.answer-row input');
  for (let i = 0; i < 20 && !(await answer.evaluate((el) => el === document.activeElement)); i++) await tab.keyboard.press('Tab');
  await expect(answer).toBeFocused();
  await tab.keyboard.type('Keyboard only, and it works.');
  await tab.keyboard.press('Enter');
  await expect(tab.getByRole('status').filter({ hasText: 'Saved to your reflections.' })).toBeVisible();

  const first = tab.getByTestId('due-list').getByRole('listitem').first();
  const name = (await first.locator('.due-name').textContent()) ?? '';
  const summary = first.getByText('Log contact');
  for (let i = 0; i < 40 && !(await summary.evaluate((el) => el === document.activeElement)); i++) await tab.keyboard.press('Tab');
  await tab.keyboard.press('Enter');
  await tab.keyboard.press('Tab');
  await expect(first.getByRole('button', { name: 'Call' })).toBeFocused();
  // Escape closes it, back on its summary; Enter opens it again.
  await tab.keyboard.press('Escape');
  await expect(first.getByRole('button', { name: 'Call' })).toBeHidden();
  await expect(summary).toBeFocused();
  await tab.keyboard.press('Enter');
  await tab.keyboard.press('Tab');
  await tab.keyboard.press('Enter');
  await expect(tab.getByTestId('due-list')).not.toContainText(name);
});
