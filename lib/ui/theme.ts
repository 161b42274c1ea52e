import { setSetting } from '../repos/settings';
import { SETTINGS } from '../settings/registry';
import { LOCAL_THEME_KEY } from './stored-theme';

export type Theme = 'system' | 'light' | 'dark';

export function currentTheme(): Theme {
  const t = localStorage.getItem(LOCAL_THEME_KEY);
  return t === 'light' || t === 'dark' ? t : 'system';
}

/** Stores the choice (with the backup-able settings, and for the pre-paint script) and applies it now. */
export async function setTheme(theme: Theme): Promise<void> {
  if (theme === 'system') {
    localStorage.removeItem(LOCAL_THEME_KEY);
    delete document.documentElement.dataset.theme;
  } else {
    localStorage.setItem(LOCAL_THEME_KEY, theme);
    document.documentElement.dataset.theme = theme;
  }
  await setSetting(SETTINGS.theme, theme);
}
