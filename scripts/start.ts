// `npm start`: build the extension, then open it in Chromium with demo data in a profile kept
// in .profile/ between runs. Without a display: render every page headless with demo data,
// save screenshots, and say how to load the extension by hand.
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importThroughDashboard, launchWithExtension, ROOT } from '../harness/chromium.ts';
import { demoFile } from '../harness/demo-file.ts';
import { ensureChromium } from './ensure-browsers.ts';
import { takeScreenshots } from './screenshots.ts';

const PROFILE = join(ROOT, '.profile');
const SEEDED = join(PROFILE, 'teachback-demo-seeded');
const SHOTS = join(ROOT, 'screenshots');
const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
ensureChromium();
const demo = demoFile();

const ext = await launchWithExtension({ userDataDir: PROFILE, headless });
if (!existsSync(SEEDED)) {
  const page = await ext.context.newPage();
  await importThroughDashboard(page, ext.url('options', '#/data'), demo);
  writeFileSync(SEEDED, new Date().toISOString());
  await page.close();
  console.log('Seeded the profile with a demo network of 40 people (delete .profile/ to start again).');
}

const howToLoad = `To load it in your own browser: open chrome://extensions, switch on Developer mode, choose
"Load unpacked" and pick ${join(ROOT, '.output/chrome-mv3')}
(Firefox: npm run build:firefox, then about:debugging → "Load Temporary Add-on" → .output/firefox-mv3/manifest.json).`;

if (headless) {
  console.log('\nNo display found, so Chromium ran headless.');
  const files = await takeScreenshots(ext, SHOTS);
  console.log(`Rendered the popup, new tab and dashboard with demo data: ${files.length} screenshots in ${SHOTS}/`);
  console.log(howToLoad);
  await ext.context.close();
} else {
  for (const page of ext.context.pages()) if (page.url() === 'about:blank') await page.close();
  const tab = await ext.context.newPage();
  await tab.goto(ext.url('newtab'));
  const dash = await ext.context.newPage();
  await dash.goto(ext.url('options', '#/people'));
  console.log(`Chromium is open with Teachback and demo data (profile: ${PROFILE}). Close the window to stop.`);
  console.log(`The popup is at ${ext.url('popup')}.\n${howToLoad}`);
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
}
