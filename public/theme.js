// Applies the theme chosen in Settings before the first paint (the store is asynchronous, so
// Settings keeps a copy of this one choice in localStorage). "system" leaves it to the OS.
try {
  const theme = localStorage.getItem('teachback.theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // No stored choice: follow the system.
}
