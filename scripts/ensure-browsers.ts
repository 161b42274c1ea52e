// Makes sure Debian's Chromium and Firefox ESR are there (or CHROMIUM_PATH / FIREFOX_PATH point
// somewhere real), installing the Debian package when missing and allowed to.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function ensure(name: string, env: string, fallback: string, pkg: string): string {
  const path = process.env[env] ?? fallback;
  if (existsSync(path)) return path;
  if (process.env[env]) throw new Error(`${env}=${path} does not exist.`);
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`${name} is missing: installing Debian’s ${pkg} package…`);
    execSync(`apt-get update -qq && apt-get install -y -qq ${pkg}`, { stdio: 'inherit' });
    return path;
  }
  throw new Error(`${name} not found. Install it (sudo apt-get install ${pkg}) or set ${env} to its binary.`);
}

export const ensureChromium = () => ensure('Chromium', 'CHROMIUM_PATH', '/usr/bin/chromium', 'chromium');
export const ensureFirefox = () => ensure('Firefox ESR', 'FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr');
