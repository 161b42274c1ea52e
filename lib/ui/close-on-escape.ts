/**
 * For a <details> used as a small pop-over ("Log a contact"): Escape closes it and puts focus
 * back on its summary, as it would for any menu; the browser's <details> has no such key.
 */
export function closeOnEscape(e: KeyboardEvent): void {
  const details = e.currentTarget as HTMLDetailsElement;
  if (e.key !== 'Escape' || !details.open) return;
  e.preventDefault();
  e.stopPropagation();
  details.open = false;
  details.querySelector('summary')?.focus();
}
