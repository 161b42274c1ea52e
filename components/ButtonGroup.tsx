import type { ComponentChildren } from 'preact';

/** A row of related buttons, named for screen readers. */
export function ButtonGroup({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <fieldset class="button-group">
      <legend class="visually-hidden">{label}</legend>
      {children}
    </fieldset>
  );
}
