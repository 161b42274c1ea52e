import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension, unpackedExtensionId } from '../../harness/chromium';
import { storedSetting } from './stored-row';

// `npm start` and the benchmark open a profile again; its worker may not start at launch.
test('a profile opened a second time still finds the extension and its data', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'teachback-profile-'));
  const first = await launchWithExtension({ userDataDir: profile });
  expect(first.extensionId).toBe(unpackedExtensionId(EXTENSION_DIR));
  const page = await first.context.newPage();
  await page.goto(first.url('options', '#/settings'));
  await page.getByLabel('Every new tab').check();
  await expect.poll(() => storedSetting(page, 'prompt.frequency')).toBe('tab');
  await first.context.close();

  const again = await launchWithExtension({ userDataDir: profile });
  try {
    expect(again.extensionId).toBe(first.extensionId);
    const tab = await again.context.newPage();
    await tab.goto(again.url('options', '#/settings'));
    await expect(tab.getByLabel('Every new tab')).toBeChecked();
  } finally {
    await again.context.close();
  }
});
