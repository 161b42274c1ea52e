// Layouts that hold up: the skip link, a narrow or zoomed window, and content far longer than
// anyone planned for.
import type { BackupV1 } from '../../lib/backup/schema';
import { expect, importData, ready, test } from './fixtures';

const fits = (page: import('@playwright/test').Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('"Skip to content" moves focus to the view and keeps the view', async ({ ext, page }) => {
  await page.goto(ext.url('options', '#/goals'));
  await ready(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Goals' })).toHaveAttribute('aria-current', 'page');
  expect(new URL(page.url()).hash).toBe('#/goals');
  await expect(page).toHaveTitle('Goals · Teachback');
});

test('in a 640×400 window the first screen shows the view, not only the navigation', async ({ ext, page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto(ext.url('options', '#/goals'));
  await ready(page);
  const nav = await page.getByRole('navigation', { name: 'Dashboard' }).boundingBox();
  expect(nav?.height).toBeLessThan(100);
  const title = await page.getByRole('heading', { level: 1, name: 'Goals' }).boundingBox();
  expect((title?.y ?? 400) + (title?.height ?? 0)).toBeLessThan(400);
  expect(await fits(page)).toBe(true);
  await page.screenshot({ path: 'test-results/screens/dashboard-640x400.png' });
});

test('a 500-character name and 50 KB of wide notes wrap or scroll inside the people list, the person page and the popup', async ({
  ext,
  page,
}) => {
  const name = 'Q'.repeat(500);
  const paragraphs = Array.from(
    { length: 190 },
    (_, i) => `Paragraph ${i + 1}: we went through the roadmap, the hiring plan and what to try next.`,
  );
  const notes = `| ${'column | '.repeat(30)}\n|${' --- |'.repeat(30)}\n| ${'cell | '.repeat(30)}\n\n\`\`\`\n${'x'.repeat(2_000)}\n\`\`\`\n\n${paragraphs.join('\n\n')}\n\n${'- a point we kept\n'.repeat(1_800)}\nThe very end of the notes.\n`;
  expect(notes.length).toBeGreaterThan(50_000);
  await importData(page, ext.url('options', '#/data'), {
    people: [{ id: 'p1', name, direction: 'peer' }],
    meetings: [{ id: 'm1', personId: 'p1', at: '2026-11-20T10:00:00Z', status: 'held', kind: 'meeting', notes }],
  } as BackupV1['data']);
  await page.goto(ext.url('options', '#/people'));
  await ready(page);
  await expect(page.getByRole('link', { name })).toBeVisible();
  expect(await fits(page)).toBe(true);
  await page.screenshot({ path: 'test-results/screens/people-long-name.png' });
  await page.goto(ext.url('options', '#/people/p1'));
  await ready(page);
  await expect(page.locator('.notes-md table')).toBeVisible();
  expect(await fits(page)).toBe(true);
  await page.screenshot({ path: 'test-results/screens/person-long-name.png', fullPage: true });

  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(ext.url('popup'));
  await ready(popup);
  await expect(popup.getByRole('heading', { level: 2, name })).toBeVisible();
  expect(await fits(popup)).toBe(true);
  // "Last time" shows the start of the notes, and the rest on request.
  const last = popup.getByRole('region', { name: /^Last time/ });
  await expect(last.getByRole('table')).toBeVisible();
  await expect(last.getByText('The very end of the notes.')).toHaveCount(0);
  expect((await last.boundingBox())?.height).toBeLessThan(450);
  await popup.screenshot({ path: 'test-results/screens/popup-long-name.png', fullPage: true });
  await last.getByRole('button', { name: /^Read all notes \([\d,]+ more words\)$/ }).click();
  await expect(last.getByText('The very end of the notes.')).toBeVisible();
  expect(await fits(popup)).toBe(true);
  await last.getByRole('button', { name: 'Show less' }).click();
  await expect(last.getByText('The very end of the notes.')).toHaveCount(0);
});
