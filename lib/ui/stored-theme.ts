// The theme chosen in Settings, as the scripts that run before a page's first paint read it:
// without the store, which is asynchronous (lib/ui/theme.ts keeps this copy up to date).

export const LOCAL_THEME_KEY = 'teachback.theme';

/** Applies the stored choice to the page; with none, the page follows the system. */
export function applyStoredTheme(): void {
  try {
    const theme = localStorage.getItem(LOCAL_THEME_KEY);
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch {
    // No stored choice: follow the system.
  }
}
