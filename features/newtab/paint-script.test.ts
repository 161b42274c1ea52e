// @vitest-environment jsdom
// public/newtab-paint.js is plain JavaScript that runs before any module: check it against
// the keys the app writes, and that it paints the snapshot and then starts the app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIRST_FRAME_KEYS } from '../../lib/ui/first-frame';
import { LOCAL_THEME_KEY } from '../../lib/ui/stored-theme';

const SCRIPT = readFileSync(join(import.meta.dirname, '../../public/newtab-paint.js'), 'utf8');

/** Runs the script as the browser would, from <head>, then lets the parser add the body. */
async function pageLoad(): Promise<void> {
  document.head.innerHTML = '<meta name="teachback-main" content="/chunks/newtab-abc.js">';
  document.body.innerHTML = '';
  new Function(SCRIPT)();
  document.body.innerHTML = '<div id="app"></div>';
  await new Promise((r) => setTimeout(r, 0)); // mutation callbacks
}

const moduleScript = () => document.head.querySelector('script[type="module"]')?.getAttribute('src');
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('new tab paint script', () => {
  it('paints the saved snapshot before the app runs, and starts the app after that frame', async () => {
    localStorage.setItem(FIRST_FRAME_KEYS.newtab, '<main class="newtab"><p>Who is due</p></main>');
    await pageLoad();
    expect(document.getElementById('app')?.innerHTML).toBe('<main class="newtab"><p>Who is due</p></main>');
    expect(moduleScript()).toBeUndefined();
    await nextFrame();
    expect(moduleScript()).toBe('/chunks/newtab-abc.js');
  });

  it('starts the app at once when there is no snapshot (first run)', async () => {
    await pageLoad();
    expect(document.getElementById('app')?.innerHTML).toBe('');
    expect(moduleScript()).toBe('/chunks/newtab-abc.js');
  });

  it('applies the theme chosen in Settings before the first frame', async () => {
    localStorage.setItem(LOCAL_THEME_KEY, 'dark');
    await pageLoad();
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
