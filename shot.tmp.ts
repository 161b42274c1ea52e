import { importThroughDashboard, launchWithExtension } from './harness/chromium';
import { demoFile } from './harness/demo-file';

const l = await launchWithExtension();
const page = await l.context.newPage();
await page.setViewportSize({ width: 1280, height: 900 });
for (const scheme of ['light', 'dark'] as const) {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(l.url('options', '#/people'));
  await page.locator('html[data-state="ready"]').waitFor({ state: 'attached' });
  await page.screenshot({ path: `/tmp/shots/people-empty-${scheme}.png` });
}
await importThroughDashboard(page, l.url('options', '#/data'), demoFile(12, 40));
for (const scheme of ['light', 'dark'] as const) {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(l.url('options', '#/people/import'));
  await page.locator('html[data-state="ready"]').waitFor({ state: 'attached' });
  await page.getByTestId('contacts-file').setInputFiles('test/fixtures/contacts/google-contacts.csv');
  await page.getByTestId('contacts-preview').waitFor();
  await page.screenshot({ path: `/tmp/shots/preview-google-${scheme}.png`, fullPage: true });
  await page.getByTestId('contacts-file').setInputFiles('test/fixtures/contacts/european-semicolon.csv');
  await page.getByText('Which column holds what?').waitFor();
  await page.screenshot({ path: `/tmp/shots/preview-csv-${scheme}.png`, fullPage: true });
}
await l.context.close();
