import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Launched } from '../../harness/chromium';
import type { BackupV1 } from '../../lib/backup/schema';
import { weeklyOneOnOne } from './calendar-file';
import { recordShown, shown } from './first-frame';
import { demoFile, expect, expectAccessible, importData, ready, test, testWithDemo } from './fixtures';
import { storedRow } from './stored-row';

type Row = Record<string, unknown>;
const demo = JSON.parse(readFileSync(demoFile(), 'utf8')) as BackupV1;
const rows = (t: keyof BackupV1['data']) => (demo.data[t] ?? []) as Row[];

/** A person with a recorded meeting with agreements, a goal they help with, and a unique name. */
function richPerson(): { id: string; name: string; goal: string; learnFrom: string } {
  const people = rows('people').filter((p) => p.status === 'active');
  for (const p of people) {
    if (people.filter((q) => q.name === p.name).length > 1) continue;
    const goal = rows('goals').find((g) => g.status === 'active' && (g.helperIds as string[]).includes(p.id as string));
    const held = rows('meetings').some((m) => m.personId === p.id && m.status === 'held' && m.kind === 'meeting');
    if (goal && held && p.learnFrom)
      return { id: p.id as string, name: p.name as string, goal: goal.title as string, learnFrom: p.learnFrom as string };
  }
  throw new Error('demo data has no suitable person');
}

async function openPopup(ext: Launched): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(ext.url('popup'));
  return popup;
}

async function pick(popup: Page, name: string) {
  await popup.getByRole('combobox', { name: 'Prepare for someone else' }).fill(name.split(' ')[0] ?? name);
  await popup.getByRole('option', { name: new RegExp(name) }).click();
  await expect(popup.getByRole('heading', { level: 2, name })).toBeVisible();
}

testWithDemo('prepare, run and record a conversation; the next prep builds on it', async ({ ext, page }) => {
  const who = richPerson();
  let popup = await openPopup(ext);
  await pick(popup, who.name);

  // The prep: last agreements, open actions on both sides, linked goals, a cue, three questions.
  await expect(popup.getByTestId('last-agreements').getByRole('listitem')).not.toHaveCount(0);
  await expect(popup.getByTestId('open-actions').getByRole('heading', { name: 'Yours' })).toBeVisible();
  await expect(popup.getByTestId('open-actions').getByRole('heading', { name: 'Theirs' })).toBeVisible();
  await expect(popup.getByRole('progressbar', { name: new RegExp(who.goal) })).toBeVisible();
  await expect(popup.getByTestId('prep-cue')).toContainText(who.name.split(' ')[0] ?? '');
  await expect(popup.getByTestId('learn-from')).toContainText(who.learnFrom);
  await expect(popup.getByTestId('questions').getByRole('listitem')).toHaveCount(3);
  const firstQuestions = (await popup.getByTestId('questions').textContent()) ?? '';

  // A point typed but not yet added survives closing, and reopening returns to this person (not the planned meeting's).
  await popup.getByLabel('New talking point').fill('Ask about the offsite plan');
  await expect.poll(async () => JSON.stringify(await storedRow(popup, 'settings', `prep.draft.${who.id}`))).toContain('offsite plan');
  await popup.close();
  popup = await openPopup(ext);
  await expect(popup.getByRole('heading', { level: 2, name: who.name })).toBeVisible();
  await expect(popup.getByLabel('New talking point')).toHaveValue('Ask about the offsite plan');
  await popup.getByRole('button', { name: 'Add', exact: true }).click();
  await popup.getByRole('button', { name: 'Start the meeting' }).click();
  await expect(popup.getByTestId('timer-segment')).toHaveText('Check in');
  await popup.getByTestId('notes').fill('**Agreed** to try the new review format.');
  // Each keystroke is written through: closing once the draft holds the notes loses nothing.
  await expect.poll(async () => JSON.stringify(await storedRow(popup, 'settings', `prep.draft.${who.id}`))).toContain('new review format');

  // Closing the popup mid-way loses nothing: the timer and the notes are still there.
  await popup.close();
  popup = await openPopup(ext);
  await expect(popup.getByRole('heading', { level: 2, name: who.name })).toBeVisible();
  await expect(popup.getByTestId('notes')).toHaveValue('**Agreed** to try the new review format.');
  await expect(popup.getByTestId('timer-segment')).toHaveText('Check in');

  await popup.getByRole('button', { name: 'Wrap up and record' }).click();
  await popup.getByLabel('What you agreed (one per line)').fill('Try the new review format\nMeet again in two weeks');
  await popup.getByRole('button', { name: 'Add an action' }).click();
  await popup.getByLabel('Action 1', { exact: true }).fill('Send the review template');
  await popup.getByRole('button', { name: 'Add an action' }).click();
  await popup.getByLabel('Action 2', { exact: true }).fill('Share last quarter’s numbers');
  await popup.getByLabel('Who does action 2').selectOption('them');
  await popup.getByRole('radio', { name: '4', exact: true }).check();
  await popup.getByRole('button', { name: 'Save the meeting' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Recorded.' })).toBeVisible();

  // The next prep: the new actions on both sides, the carried point, the agreements as "last time".
  await popup.close();
  popup = await openPopup(ext);
  await pick(popup, who.name);
  const open = popup.getByTestId('open-actions');
  await expect(open).toContainText('Send the review template');
  await expect(open).toContainText('Share last quarter’s numbers');
  await expect(popup.getByTestId('last-agreements')).toContainText('Try the new review format');
  await expect(popup.getByText('Ask about the offsite plan')).toBeVisible();
  await expect(popup.getByTestId('questions')).not.toHaveText(firstQuestions);

  // The stay-in-touch clock was reset.
  await page.goto(ext.url('options', `#/people/${who.id}`));
  await page.goto(ext.url('options', '#/people'));
  await expect(page.getByRole('listitem').filter({ hasText: who.name }).first()).toContainText('Last contact today');
});

test('first run in the popup: add a person, agree how to work together at the first meeting', async ({ ext }) => {
  const popup = await openPopup(ext);
  await expect(popup.getByRole('heading', { name: 'Who will you talk to next?' })).toBeVisible();
  await expectAccessible(popup);
  await popup.getByLabel('Name').fill('Ines Okafor');
  await popup.getByLabel('Above you').check();
  await popup.getByLabel('What you would like to learn from them').fill('how to run a budget review');
  await popup.getByRole('button', { name: 'Add and prepare' }).click();
  await expect(popup.getByRole('heading', { name: 'First meeting' })).toBeVisible();
  await popup.getByLabel('What each of you wants from this (one per line)').fill('Learn budgeting\nShare what the front line sees');
  await popup.getByLabel('Meet every … days').fill('21');
  await expectAccessible(popup);
  await popup.getByRole('button', { name: '3. Record' }).click();
  await popup.getByRole('button', { name: 'Save the meeting' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Recorded.' })).toBeVisible();
  await popup.reload();
  await expect(popup.getByRole('heading', { name: 'Your agreement' })).toBeVisible();
  await expect(popup.getByText('Learn budgeting')).toBeVisible();
  await expect(popup.getByText(/Every 21 days/)).toBeVisible();
});

testWithDemo('log a contact in two clicks; a near planned end offers the end-well conversation', async ({ ext }) => {
  const ending = rows('people').find(
    (p) =>
      p.status === 'active' &&
      p.plannedEndAt &&
      Date.parse(p.plannedEndAt as string) - Date.now() < 25 * 86_400_000 &&
      rows('people').filter((q) => q.name === p.name).length === 1,
  );
  const popup = await openPopup(ext);
  if (ending) {
    await pick(popup, ending.name as string);
    await expect(popup.getByRole('note')).toContainText('end well');
  }
  await popup.getByText('Log a contact').click();
  await popup.getByRole('button', { name: 'Call' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Call logged.' })).toBeVisible();
});

testWithDemo('a teach-back cue added on the new tab shows on the popup’s agenda', async ({ ext }) => {
  const tab = await ext.context.newPage();
  await tab.goto(ext.url('newtab'));
  const cue = tab.locator('[data-widget="cue"]');
  const name = (await cue.locator('.cue-person strong').textContent()) ?? '';
  const text = (await cue.locator('.cue-text').textContent()) ?? '';
  await cue.getByRole('button', { name: 'Add to our next meeting' }).click();
  await expect(cue.getByRole('button', { name: 'On the agenda for next time' })).toBeVisible();
  const popup = await openPopup(ext);
  await pick(popup, name);
  await expect(popup.locator('.points li', { hasText: text })).toBeVisible();
});

testWithDemo('popup views pass axe, light and dark, and fit without horizontal scroll', async ({ ext }) => {
  const popup = await openPopup(ext);
  await expect(popup.getByRole('heading', { level: 2 })).toBeVisible();
  for (const step of ['1. Prepare', '2. Meet', '3. Record']) {
    await popup.getByRole('button', { name: step }).click();
    await expect(popup.getByRole('button', { name: step })).toHaveAttribute('aria-current', 'step');
    await ready(popup);
    await expectAccessible(popup);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  }
});

testWithDemo('the popup works from the keyboard alone', async ({ ext }) => {
  const who = richPerson();
  const popup = await openPopup(ext);
  await ready(popup);
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('combobox', { name: 'Prepare for someone else' })).toBeFocused();
  const before = (await popup.getByRole('heading', { level: 2 }).textContent()) ?? '';
  await popup.keyboard.type(who.name.split(' ')[0] ?? '');
  await popup.getByRole('option', { name: new RegExp(who.name) }).waitFor();
  // A query that matches no one says so, and Enter then opens nobody (not the previous query's first row).
  await popup.keyboard.type('qqzx');
  await expect(popup.getByRole('status').filter({ hasText: /^No one matches “.+qqzx”\.$/ })).toBeVisible();
  await expect(popup.getByRole('listbox', { name: 'People' })).toBeHidden();
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('heading', { level: 2 })).toHaveText(before);
  for (let i = 0; i < 4; i++) await popup.keyboard.press('Backspace');
  await popup.getByRole('option', { name: new RegExp(who.name) }).waitFor();
  while (!(await popup.getByRole('option', { name: new RegExp(who.name), selected: true }).count()))
    await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('heading', { level: 2, name: who.name })).toBeVisible();
  const start = popup.getByRole('button', { name: 'Start the meeting' });
  for (let i = 0; i < 80 && !(await start.evaluate((el) => el === document.activeElement)); i++) await popup.keyboard.press('Tab');
  await expect(start).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('timer-segment')).toHaveText('Check in');
});

testWithDemo('a name typed into the first frame, before the app is in, is in the app’s picker with the focus', async ({ ext }) => {
  const who = richPerson();
  const typed = who.name.split(' ')[0] ?? '';
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  // Types the moment the first frame's field is drawn: before the app's code has run, whatever the machine's speed.
  await popup.addInitScript((text: string) => {
    new MutationObserver((_, observer) => {
      const field = document.querySelector<HTMLInputElement>('#pick-person');
      if (!field) return;
      observer.disconnect();
      document.documentElement.dataset.typedBeforeApp = String(!performance.getEntriesByName('tb:app-start').length);
      field.focus();
      field.value = text;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    }).observe(document, { childList: true, subtree: true });
  }, typed);
  await popup.goto(ext.url('popup'));
  await ready(popup);
  await expect(popup.locator('html')).toHaveAttribute('data-typed-before-app', 'true');
  const picker = popup.getByRole('combobox', { name: 'Prepare for someone else' });
  await expect(picker).toBeFocused();
  await expect(picker).toHaveValue(typed);
  await expect(popup.getByRole('option', { name: new RegExp(who.name) })).toBeVisible();
});

const idOf = (name: string) => rows('people').find((p) => p.name === name)?.id as string;

/** An active person with a name of their own, other than `name`. */
function someoneElse(name: string): string {
  const people = rows('people').filter((p) => p.status === 'active');
  const other = people.find((p) => p.name !== name && people.filter((q) => q.name === p.name).length === 1);
  if (!other) throw new Error('demo data has no one else');
  return other.name as string;
}

/**
 * A popup page that records the names its heading shows; each call opens it again and says
 * which names showed, whether the frame kept from the last opening was painted, and whether
 * before anything was read.
 */
async function openings(
  ext: Launched,
): Promise<{ popup: Page; heading: () => Promise<{ names?: string[]; kept?: boolean; early: boolean }> }> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await recordShown(popup, ['.person-head h2']);
  const heading = async () => {
    await popup.goto(ext.url('popup'));
    await ready(popup);
    const { shown: seen, appStart } = await shown(popup);
    const head = seen['.person-head h2'];
    // Drawn before the app's code ran (the first frame), and never another name after it.
    expect(head?.firstAt).toBeLessThan(appStart);
    await expect(popup.getByRole('heading', { level: 2 })).toHaveText(head?.texts[0] ?? '');
    const { kept, early } = await popup.evaluate(async () => {
      const started = await window.tbPopupStart;
      return { kept: started?.painted, early: !!started?.early };
    });
    return { names: head?.texts, kept, early };
  };
  return { popup, heading };
}

testWithDemo(
  'the popup’s first frame shows the person the fresh data selects; the frame kept from the last opening only while it is still right',
  async ({ ext }) => {
    const { popup, heading } = await openings(ext);
    const first = await heading();
    expect(first).toMatchObject({ kept: false, early: false });
    // Nothing written since: the frame kept from the first opening goes in before anything is read.
    expect(await heading()).toEqual({ names: first.names, kept: true, early: true });
    // Preparing for someone else (a draft in progress) changes who the popup opens on.
    const other = someoneElse(first.names?.[0] ?? '');
    await pick(popup, other);
    await popup.getByLabel('New talking point').fill('Ask about the offsite plan');
    await expect
      .poll(async () => JSON.stringify(await storedRow(popup, 'settings', `prep.draft.${idOf(other)}`)))
      .toContain('offsite plan');
    const after = await heading();
    expect(after).toEqual({ names: [other], kept: false, early: false });
    // Kept again with that person: the next opening is instant once more.
    expect(await heading()).toEqual({ names: [other], kept: true, early: true });
  },
);

test('a calendar imported between two openings moves the next meeting: the popup opens on its person, never the kept one', async ({
  ext,
  page,
}) => {
  const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString();
  await importData(page, ext.url('options', '#/data'), {
    people: [
      {
        id: 'ada',
        name: 'Ada Lovelace',
        direction: 'up',
        status: 'active',
        startedAt: '2025-01-01T00:00:00.000Z',
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
      },
      {
        id: 'grace',
        name: 'Grace Okafor',
        direction: 'peer',
        status: 'active',
        emails: ['grace@example.org'],
        startedAt: '2025-01-01T00:00:00.000Z',
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
      },
    ],
    meetings: [
      {
        id: 'm1',
        personId: 'ada',
        at: inThreeDays,
        status: 'planned',
        kind: 'meeting',
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
      },
    ],
  } as BackupV1['data']);
  const { heading } = await openings(ext);
  expect((await heading()).names).toEqual(['Ada Lovelace']);
  expect(await heading()).toEqual({ names: ['Ada Lovelace'], kept: true, early: true });

  // Tomorrow's 1:1 with Grace, from a calendar file: sooner than Ada's.
  const weekly = weeklyOneOnOne({ name: 'G. Okafor', email: 'grace@example.org' });
  await page.goto(ext.url('options', '#/people/calendar'));
  await ready(page);
  await page
    .getByTestId('calendar-file')
    .setInputFiles({ name: 'calendar.ics', mimeType: 'text/calendar', buffer: Buffer.from(weekly.ics) });
  await page.getByTestId('calendar-apply').click();
  await expect(page.getByTestId('calendar-outcome')).toContainText('planned meetings');

  expect(await heading()).toEqual({ names: ['Grace Okafor'], kept: false, early: false });
});
