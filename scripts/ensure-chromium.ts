// Makes sure Debian's Chromium is there (or CHROMIUM_PATH points somewhere real).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function ensureChromium(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${path} does not exist.`);
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian’s chromium package…');
    execSync('apt-get update -qq && apt-get install -y -qq chromium', { stdio: 'inherit' });
    return path;
  }
  throw new Error('Chromium not found. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.');
}
