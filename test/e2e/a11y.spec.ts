import { importThroughDashboard } from './extension';
import { demoFile, expectAccessible, test } from './fixtures';

const VIEWS: Array<[string, 'popup' | 'newtab' | 'options', string]> = [
  ['popup', 'popup', ''],
  ['new tab', 'newtab', ''],
  ['people', 'options', '#/people'],
  ['add a person', 'options', '#/people/new'],
  ['your data', 'options', '#/data'],
  ['library', 'options', '#/library'],
  ['lesson', 'options', '#/library/lesson/ending-well'],
  ['case study', 'options', '#/library/case/the-one-way-street'],
  ['collections', 'options', '#/collections'],
  ['prompt bank', 'options', '#/library/prompts'],
  ['reflections', 'options', '#/reflections'],
  ['settings', 'options', '#/settings'],
  ['saved pages', 'options', '#/resources'],
  ['self-assessments', 'options', '#/assessments'],
  ['goals', 'options', '#/goals'],
  ['actions', 'options', '#/actions'],
  ['insights', 'options', '#/insights'],
  ['mentee readiness', 'options', '#/assessments/mentee'],
];

for (const scheme of ['light', 'dark'] as const) {
  test(`every page passes axe in ${scheme} mode, empty and with data`, async ({ ext, page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [name, entry, hash] of VIEWS) {
      await page.goto(ext.url(entry, hash));
      await page.locator('main').waitFor();
      await expectAccessible(page).catch((e) => {
        throw new Error(`${name} (empty, ${scheme}): ${e.message}`);
      });
    }
    await importThroughDashboard(page, ext.url('options', '#/data'), demoFile());
    const href = async (list: string, hash: string) => {
      await page.goto(ext.url('options', hash));
      return (await page.getByTestId(list).getByRole('link').first().getAttribute('href')) ?? '';
    };
    const details: Array<[string, 'options', string]> = [
      ['a person', 'options', await href('people-list', '#/people')],
      ['a goal', 'options', await href('goal-list', '#/goals')],
      ['a saved page', 'options', await href('resources', '#/resources')],
    ];
    for (const [name, entry, hash] of [...VIEWS, ...details]) {
      await page.goto(ext.url(entry, hash));
      await page.locator('main').waitFor();
      await page.waitForTimeout(100);
      await expectAccessible(page).catch((e) => {
        throw new Error(`${name} (with data, ${scheme}): ${e.message}`);
      });
    }
  });
}
