import { layoutShift, recordShown, shown } from './first-frame';
import { expect, ready, test } from './fixtures';
import { storedSetting } from './stored-row';

const question = (p: import('@playwright/test').Page) => p.locator('#prompt-question');
const freshData = (p: import('@playwright/test').Page) => p.waitForFunction(() => performance.getEntriesByName('tb:fresh-data').length > 0);

test.use({ seed: 'demo' });

test('with a prompt on every new tab, none repeats within the window chosen', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/settings'));
  await page.getByLabel('Every new tab').check();
  await page.getByLabel('Don’t repeat a prompt within … days').fill('30');
  await page.getByLabel('Don’t repeat a prompt within … days').blur();
  await expect.poll(() => storedSetting(page, 'prompt.frequency')).toBe('tab');
  await expect.poll(() => storedSetting(page, 'prompt.windowDays')).toBe(30);

  const tab = await ext.context.newPage();
  const seen: string[] = [];
  for (let i = 0; i < 6; i++) {
    await tab.goto(ext.url('newtab'));
    await expect(tab.getByTestId('active-count')).toContainText('people');
    await freshData(tab);
    seen.push((await question(tab).textContent()) ?? '');
  }
  expect(new Set(seen).size).toBe(seen.length);
});

test('a prompt a day stays all day; "another one" and "never show this again" move it on', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/settings'));
  await page.getByLabel('Once a day').check();
  await expect.poll(() => storedSetting(page, 'prompt.frequency')).toBe('day');
  const tab = await ext.context.newPage();
  await tab.goto(ext.url('newtab'));
  await freshData(tab);
  const today = await question(tab).textContent();
  await tab.reload();
  await freshData(tab);
  await expect(question(tab)).toHaveText(today ?? '');

  await tab.getByRole('button', { name: 'Another one' }).click();
  await expect(question(tab)).not.toHaveText(today ?? '');
  const setAside = (await question(tab).textContent()) ?? '';
  await tab.getByRole('button', { name: 'Never show this again' }).click();
  await expect(question(tab)).not.toHaveText(setAside);
  await page.reload();
  await expect(page.getByText(setAside)).toBeVisible();
});

test('answer a prompt in a line and find it in the dashboard', async ({ ext, page }) => {
  const tab = await ext.context.newPage();
  await tab.goto(ext.url('newtab'));
  const text = (await question(tab).textContent()) ?? '';
  await tab.getByRole('textbox', { name: text }).fill('Asked Grace to review my plan before the offsite.');
  await tab.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(tab.getByRole('status').filter({ hasText: 'Saved to your reflections.' })).toBeVisible();
  await page.goto(ext.url('options', '#/reflections'));
  const first = page.getByTestId('reflections').getByRole('listitem').first();
  await expect(first).toContainText('Asked Grace to review my plan before the offsite.');
  await expect(first).toContainText(text);
});

test('log a contact, tick an action, and the new tab follows writes from other pages', async ({ ext, page }) => {
  const tab = await ext.context.newPage();
  // The first tab moves the prompt on (a write, so it starts through Dexie); the next one reads
  // IndexedDB directly and loads Dexie after its first render: that is the one used here.
  await tab.goto(ext.url('newtab'));
  await freshData(tab);
  await tab.reload();
  await freshData(tab);
  expect(await tab.evaluate(() => performance.getEntriesByName('tb:direct-read').length)).toBe(1);
  const firstDue = tab.getByTestId('due-list').getByRole('listitem').first();
  const name = (await firstDue.locator('.due-name').textContent()) ?? '';
  await firstDue.getByText('Log contact').click();
  await firstDue.getByRole('button', { name: 'Call' }).click();
  await expect(tab.getByTestId('due-list')).not.toContainText(name);

  const action = tab.getByTestId('open-actions').getByRole('listitem').first();
  const actionText = (await action.textContent()) ?? '';
  await action.getByRole('checkbox').check();
  await expect(tab.getByTestId('open-actions').getByRole('listitem').first()).not.toHaveText(actionText);

  // A contact logged in the popup leaves the due list of the open new tab.
  const next = tab.getByTestId('due-list').getByRole('listitem').first();
  const nextName = (await next.locator('.due-name').textContent()) ?? '';
  const popup = await ext.context.newPage();
  await popup.goto(ext.url('popup'));
  await popup.getByRole('combobox', { name: 'Prepare for someone else' }).fill(nextName.split(' ')[0] ?? '');
  await popup
    .getByRole('option', { name: new RegExp(nextName) })
    .first()
    .click();
  await popup.getByText('Log a contact').click();
  await popup.getByRole('button', { name: 'Message' }).click();
  await expect(tab.getByTestId('due-list')).not.toContainText(nextName);

  const before = (await tab.getByTestId('active-count').textContent()) ?? '';
  // In front, as for a user: a tab behind others paints no frames, and each click waits for one.
  await page.bringToFront();
  await page.goto(ext.url('options', '#/people/new'));
  await page.getByRole('textbox', { name: /^Name/ }).fill('Live Update');
  await page.getByRole('radio', { name: /Outside/ }).check();
  await page.getByRole('button', { name: 'Add to my network' }).click();
  await expect(tab.getByTestId('active-count')).not.toHaveText(before);
});

test('hide and reorder widgets; the choice persists', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/settings'));
  const settings = page.getByTestId('widget-settings');
  await settings.getByRole('checkbox', { name: /^Goals/ }).uncheck();
  await settings.getByRole('button', { name: 'Move Who is due up' }).click();
  await settings.getByRole('button', { name: 'Move Who is due up' }).click();
  await settings.getByRole('checkbox', { name: /^Streak/ }).check();
  await expect
    .poll(async () => {
      const layout = ((await storedSetting(page, 'newtab.layout')) ?? []) as Array<{ id: string; hidden: boolean }>;
      return layout.map((w) => `${w.id}${w.hidden ? '-' : ''}`).join(' ');
    })
    .toMatch(/^due .*goals- .*streak$/);

  const tab = await ext.context.newPage();
  await tab.goto(ext.url('newtab'));
  await expect(tab.locator('[data-widget]').first()).toHaveAttribute('data-widget', 'due');
  await expect(tab.locator('[data-widget="goals"]')).toHaveCount(0);
  await expect(tab.locator('[data-widget="streak"]')).toBeVisible();

  await tab.reload();
  await expect(tab.locator('[data-widget]').first()).toHaveAttribute('data-widget', 'due');
  await page.reload();
  await expect(settings.getByRole('checkbox', { name: /^Goals/ })).not.toBeChecked();
});

test('the teach-back cue can be put on the next meeting’s agenda', async ({ ext }) => {
  const tab = await ext.context.newPage();
  await tab.goto(ext.url('newtab'));
  const cue = tab.locator('[data-widget="cue"]');
  await cue.getByRole('button', { name: 'Add to our next meeting' }).click();
  await expect(cue.getByRole('button', { name: 'On the agenda for next time' })).toBeDisabled();
});

const SNAPSHOT_KEY = 'teachback.newtab.html.v1';

test('a tab opens on the last tab’s content from its first frame, and fresh data replaces it without a layout shift', async ({
  ext,
  page,
}) => {
  await page.goto(ext.url('newtab'));
  await freshData(page);
  const due = (await page.getByTestId('due-list').locator('.due-name').first().textContent()) ?? '';
  // The snapshot is written just after the render.
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', SNAPSHOT_KEY)).toContain(due);

  const tab = await ext.context.newPage();
  await recordShown(tab, ['#app']);
  await tab.goto(ext.url('newtab'));
  await ready(tab);
  const { shown: app, appStart } = await shown(tab);
  const first = app['#app'];
  // The first content, there before the app's code ran (the saved frame), already held the list.
  expect(first?.firstAt).toBeLessThan(appStart);
  expect(first?.texts[0]).toContain('Who is due');
  expect(first?.texts[0]).toContain(due);
  expect(await layoutShift(tab)).toBe(0);
  await expect(tab.getByTestId('due-list')).toContainText(due);
});

test('with a new prompt on every tab, a tab’s first frame already shows the prompt and cue it keeps', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/settings'));
  await page.getByLabel('Every new tab').check();
  await expect.poll(() => storedSetting(page, 'prompt.frequency')).toBe('tab');
  const tab = await ext.context.newPage();
  const slots = ['#prompt-question', '.cue-text'];
  await recordShown(tab, slots);
  const seen: string[] = [];
  for (let i = 0; i < 4; i++) {
    await tab.goto(ext.url('newtab'));
    await ready(tab);
    const now = await Promise.all([question(tab).textContent(), tab.locator('.cue-text').textContent()]);
    seen.push(now[0] ?? '');
    // From the second tab on, the first frame came from a snapshot made with the promised picks:
    // each text was there before the app's code ran, and never changed.
    if (i > 0) {
      const { shown: texts, appStart } = await shown(tab);
      for (const [n, slot] of slots.entries()) {
        expect(texts[slot]?.texts, slot).toEqual([now[n]]);
        expect(texts[slot]?.firstAt, slot).toBeLessThan(appStart);
      }
      expect(await layoutShift(tab)).toBe(0);
    }
    // The next tab's snapshot is saved once the store has loaded: wait until it shows another prompt.
    await expect
      .poll(() =>
        tab.evaluate(
          ([key, current]: string[]) => {
            const html = localStorage.getItem(key ?? '') ?? '';
            const text = new DOMParser().parseFromString(html, 'text/html').querySelector('#prompt-question')?.textContent;
            return Boolean(text) && text !== current;
          },
          [SNAPSHOT_KEY, now[0] ?? ''],
        ),
      )
      .toBe(true);
  }
  expect(new Set(seen).size).toBe(seen.length);
});
