import { setSetting } from '../repos/settings';

export type Theme = 'system' | 'light' | 'dark';
export const THEME_KEY = 'theme';
/** Read synchronously by public/theme.js before the first paint. */
const LOCAL_KEY = 'teachback.theme';

export function currentTheme(): Theme {
  const t = localStorage.getItem(LOCAL_KEY);
  return t === 'light' || t === 'dark' ? t : 'system';
}

/** Stores the choice (with the backup-able settings, and for the pre-paint script) and applies it now. */
export async function setTheme(theme: Theme): Promise<void> {
  if (theme === 'system') {
    localStorage.removeItem(LOCAL_KEY);
    delete document.documentElement.dataset.theme;
  } else {
    localStorage.setItem(LOCAL_KEY, theme);
    document.documentElement.dataset.theme = theme;
  }
  await setSetting(THEME_KEY, theme);
}
