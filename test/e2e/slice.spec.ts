import { expect, test } from './fixtures';

test('add, edit and end a person in the dashboard while the new tab and popup update live', async ({ ext, page }) => {
  const newtab = await ext.context.newPage();
  await newtab.goto(ext.url('newtab'));
  await expect(newtab.getByRole('heading', { name: 'Welcome to Teachback' })).toBeVisible();

  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(ext.url('popup'));
  await expect(popup.getByRole('heading', { name: 'Who will you talk to next?' })).toBeVisible();

  // The tab acted on is the one in front, as for a user: a tab behind others paints no frames,
  // and each click then waited about 2 s for the element to be seen still (37 s → 9 s).
  await page.bringToFront();
  // Add a first person through the form, tripping its checks first.
  await page.goto(ext.url('options', '#/people/new'));
  await page.getByRole('button', { name: 'Add to my network' }).click();
  await expect(page.getByText('Add a name, even a first name is enough.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Name/ })).toBeFocused();
  await page.getByRole('textbox', { name: /^Name/ }).fill('Grace Okafor');
  await page.getByRole('radio', { name: /Above you/ }).check();
  await page.getByLabel('What I learn from them').fill('Framing decisions for executives');
  await page.getByLabel('What I can teach back').fill('The SQL shortcuts I use');
  await page.getByLabel('Talk every … days').fill('14');
  await page.getByLabel('At most every … days').fill('21');
  await page.getByRole('button', { name: 'Add to my network' }).click();
  await expect(page.getByTestId('people-list').getByRole('link', { name: 'Grace Okafor' })).toBeVisible();

  // Both glances update without a reload.
  await expect(newtab.getByTestId('active-count')).toHaveText('1 person in your network');
  await expect(newtab.getByRole('heading', { name: 'Who is due' })).toBeVisible();
  await expect(popup.getByTestId('active-count')).toHaveText('1 person in your network');
  await expect(popup.getByRole('heading', { level: 2, name: 'Grace Okafor' })).toBeVisible();

  await page.goto(ext.url('options', '#/people/new'));
  await page.getByRole('textbox', { name: /^Name/ }).fill('Sam Patel');
  await page.getByRole('radio', { name: /Below you/ }).check();
  await page.getByRole('button', { name: 'Add to my network' }).click();
  await expect(newtab.getByTestId('active-count')).toHaveText('2 people in your network');

  // Edit: the new name shows everywhere.
  await page.getByRole('link', { name: 'Grace Okafor' }).click();
  await page.getByRole('textbox', { name: /^Name/ }).fill('Grace Okafor-Mensah');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('link', { name: 'Grace Okafor-Mensah' })).toBeVisible();
  await expect(popup.getByRole('heading', { level: 2, name: /Grace Okafor-Mensah|Sam Patel/ })).toBeVisible();

  // Pause and resume: paused people leave the active count until resumed.
  await page.getByRole('link', { name: 'Sam Patel' }).click();
  await page.getByRole('button', { name: 'Pause reminders' }).click();
  await expect(page.getByTestId('person-status')).toHaveText('Paused: no reminders until you resume.');
  await expect(newtab.getByTestId('active-count')).toHaveText('1 active of 2 people in your network');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(newtab.getByTestId('active-count')).toHaveText('2 people in your network');
  await page.goto(ext.url('options', '#/people'));

  // End: asked first, then the person leaves the active count and the list.
  await page.getByRole('link', { name: 'Grace Okafor-Mensah' }).click();
  await page.getByRole('button', { name: 'End relationship' }).click();
  const dialog = page.getByRole('dialog', { name: /End your mentoring relationship/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'End relationship' }).click();
  await expect(page.getByTestId('person-status')).toHaveText('This relationship has ended.');
  await expect(newtab.getByTestId('active-count')).toHaveText('1 active of 2 people in your network');
  await expect(popup.getByTestId('active-count')).toHaveText('1 active of 2 people in your network');
  await expect(popup.getByRole('heading', { level: 2, name: 'Sam Patel' })).toBeVisible();
  await page.goto(ext.url('options', '#/people'));
  await expect(page.getByRole('link', { name: 'Grace Okafor-Mensah' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Ended' }).click();
  await expect(page.getByRole('link', { name: 'Grace Okafor-Mensah' })).toBeVisible();

  // Reopen brings her back.
  await page.getByRole('link', { name: 'Grace Okafor-Mensah' }).click();
  await page.getByRole('button', { name: 'Reopen relationship' }).click();
  await expect(newtab.getByTestId('active-count')).toHaveText('2 people in your network');
});
