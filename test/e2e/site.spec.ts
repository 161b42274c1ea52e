import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROOT } from '../../harness/chromium';
import { encodeCollection } from '../../lib/share/collection-link';
import { expectAccessible } from './fixtures';

const PAGES: Array<[string, string]> = [
  ['home', 'index.html'],
  ['lesson', 'lessons/the-80-20-split.html'],
  ['case study', 'cases/the-one-way-street.html'],
  ['templates lesson', 'lessons/templates-to-copy.html'],
  ['guide', 'guide.html'],
  ['prompt bank', 'prompts.html'],
  ['assessment', 'assessments/mentor.html'],
  ['collection', 'collection.html'],
];

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every page renders its content', async ({ page }) => {
    await page.goto('lessons/the-80-20-split.html');
    await expect(page.getByRole('heading', { level: 1, name: 'Spend most of the hour on the person who came to learn' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Try this today' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Questions to sit with' })).toBeVisible();
    await page.getByRole('link', { name: /Next in Reciprocity/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What you can teach someone more senior');

    await page.goto('index.html');
    await expect(page.getByRole('heading', { name: 'Reciprocity and teaching back' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Skills and tools' })).toBeVisible();
    await expect(page.locator('#track-practice + p + .lesson-list a')).toHaveCount(6);
    await expect(page.locator('.lesson-list a[href^="lessons/"]')).toHaveCount(36);

    await page.goto('assessments/mentee.html');
    await expect(page.getByRole('group')).toHaveCount(10);
    await expect(page.getByRole('heading', { name: 'Scoring it yourself' })).toBeVisible();
    await expect(page.locator('.how-to-score tbody tr')).not.toHaveCount(0);

    await page.goto('guide.html');
    await page.getByRole('link', { name: 'the lesson on starting from objectives' }).click();
    await expect(page).toHaveURL(/lessons\/start-from-objectives\.html$/);

    await page.goto('prompts.html');
    await expect(page.locator('.prompt-list li')).toHaveCount(117);

    await page.goto('collection.html#v1.abc');
    await expect(page.getByText('needs JavaScript to unpack it')).toBeVisible();
  });
});

test('lesson pages are small and load no script', async ({ page }) => {
  const css = statSync(join(ROOT, 'site-dist/assets/site.css')).size;
  for (const file of ['lessons/the-80-20-split.html', 'lessons/programmes-and-inclusion.html', 'lessons/templates-to-copy.html']) {
    const bytes = statSync(join(ROOT, 'site-dist', file)).size + css;
    expect(bytes, file).toBeLessThan(50_000);
    await page.goto(file);
    await expect(page.locator('script[src]')).toHaveCount(0);
  }
  const scripts = readFileSync(join(ROOT, 'site-dist/assessments/mentor.html'), 'utf8').match(/<script[^>]*src=[^>]*>/g) ?? [];
  for (const s of scripts) expect(s).toContain('defer');
});

test('the readiness self-assessment is scored as you answer', async ({ page }) => {
  await page.goto('assessments/mentor.html');
  const groups = page.getByRole('group');
  const n = await groups.count();
  for (let i = 0; i < n; i++) await groups.nth(i).getByLabel('Mostly').check();
  await expect(page.getByTestId('assessment-score')).toHaveText(/Your score: 67 \/ 100/);
  await groups.nth(0).getByLabel('Not yet').check();
  await expect(page.getByTestId('assessment-score')).toHaveText(/Your score: 62 \/ 100/);
});

test('hostile collection links are shown safely or refused with a clear message', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const evil = await encodeCollection({
    title: '<img src=x onerror="alert(1)">Evil',
    note: '<script>alert(2)</script>',
    items: [
      { kind: 'page', title: 'Click me', url: 'javascript:alert(3)' },
      { kind: 'page', title: 'Data', url: 'data:text/html,<script>alert(4)</script>' },
      { kind: 'page', title: 'Fine', url: 'https://example.org/ok' },
      { kind: 'lesson', lessonId: 'no-such-lesson', title: 'Ghost lesson' },
    ],
  });
  await page.goto(`collection.html#${evil}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('<img src=x onerror="alert(1)">Evil');
  await expect(page.getByText('<script>alert(2)</script>')).toBeVisible();
  await expect(page.locator('#collection img, #collection script')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Click me' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Data' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Fine' })).toHaveAttribute('href', 'https://example.org/ok');
  await expect(page.getByRole('link', { name: 'Ghost lesson' })).toHaveCount(0);

  const cases: Array<[string, RegExp]> = [
    [`v1.${'A'.repeat(1_000_000)}`, /too long/],
    ['v1.%%%not-base64%%%', /damaged/],
    [evil.slice(0, -20), /damaged or incomplete/],
    ['v7.abc', /not a Teachback collection link/],
    ['', /holds no collection/],
  ];
  for (const [fragment, message] of cases) {
    await page.goto('about:blank');
    await page.goto(`collection.html#${fragment}`);
    await expect(page.getByRole('alert')).toContainText(message);
  }
  expect(dialogs).toBe(0);
});

test('every site page type passes axe, light and dark', async ({ page }) => {
  const good = await encodeCollection({
    title: 'Starter pack',
    items: [{ kind: 'lesson', lessonId: 'ending-well', title: 'Ending well' }],
  });
  for (const [name, file] of PAGES) {
    await page.goto(name === 'collection' ? `${file}#${good}` : file);
    await page.locator('main').waitFor();
    await expectAccessible(page).catch((e) => {
      throw new Error(`${name}: ${e.message}`);
    });
  }
});
