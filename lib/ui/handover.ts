// A first frame drawn before the app's code has loaded (the popup's) is real HTML a user can
// already reach with the keyboard, but its handlers do nothing. What is done there is kept and
// given to the app's page once it takes over: the focus, the text typed into a field, the
// disclosures opened, and the buttons pressed, in the order they were pressed. So a key pressed
// in the first frame is never lost, and a button pressed there does what it says, a moment later.

/** How an element is found again in another rendering of the same view. */
export interface ElementKey {
  signature: string;
  nth: number;
}

const CONTROLS = 'input, textarea, select, button, summary, a[href], [tabindex]';

function signature(el: Element): string {
  if (el.id) return `#${el.id}`;
  const text = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? '' : (el.textContent ?? '').trim();
  return [el.tagName, el.getAttribute('type'), el.getAttribute('name'), el.getAttribute('aria-label'), text].join('|');
}

/** `el`'s key within `root`: its id, or what it is and says, and which of the alike it is. */
export function keyOf(el: Element, root: ParentNode): ElementKey {
  const sig = signature(el);
  const alike = [...root.querySelectorAll(CONTROLS)].filter((x) => signature(x) === sig);
  return { signature: sig, nth: Math.max(0, alike.indexOf(el)) };
}

/** The element with `key` in `root`, if that view has it. */
export function findByKey(root: ParentNode, key: ElementKey): HTMLElement | undefined {
  const alike = [...root.querySelectorAll<HTMLElement>(CONTROLS)].filter((x) => signature(x) === key.signature);
  return alike[key.nth];
}

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const isField = (el: EventTarget | null): el is Field =>
  el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLInputElement && !pressable(el));

/** A control whose use is a click: a button, a checkbox, a radio button. */
function pressable(el: Element): boolean {
  return el instanceof HTMLButtonElement || (el instanceof HTMLInputElement && ['checkbox', 'radio', 'submit', 'button'].includes(el.type));
}

/** Gives `field`'s value to `target` as if typed there, so the app's own handlers see it. */
function giveValue(field: Field, target: HTMLElement): void {
  if (!isField(target) || target.value === field.value) return;
  target.value = field.value;
  target.dispatchEvent(new Event('input', { bubbles: true }));
  target.dispatchEvent(new Event('change', { bubbles: true }));
}

export interface Handover {
  /** Puts `next` (the app, rendered off the page) in the first frame's place, and gives it what happened there. */
  swap(next: HTMLElement): void;
  /** Stops keeping: the first frame is taken out without an app to give its input to. */
  stop(): void;
}

/**
 * Starts keeping what is done in the first frame `root`. Presses of its buttons are held back
 * (its handlers are placeholders) and pressed again in the app; links work as they are.
 */
export function keepInput(root: HTMLElement): Handover {
  const edited = new Set<Field>();
  const pressed: ElementKey[] = [];
  const onInput = (e: Event) => {
    if (isField(e.target)) edited.add(e.target);
  };
  const onClick = (e: Event) => {
    const control = e.target instanceof Element ? e.target.closest('button, input') : null;
    if (!control || !pressable(control) || !root.contains(control)) return;
    e.preventDefault();
    pressed.push(keyOf(control, root));
  };
  const events = [
    ['input', onInput],
    ['change', onInput],
    ['click', onClick],
  ] as const;
  for (const [type, listener] of events) root.addEventListener(type, listener, true);
  const stop = () => {
    for (const [type, listener] of events) root.removeEventListener(type, listener, true);
  };
  return {
    stop,
    swap(next) {
      stop();
      const doc = root.ownerDocument;
      const active = doc.activeElement;
      const focusKey = active && active !== root && root.contains(active) ? keyOf(active, root) : undefined;
      const fields = [...edited].map((field) => [field, keyOf(field, root)] as const);
      // A disclosure opened there (its summary is what was pressed) stays open.
      const opened = [...root.querySelectorAll('details[open] > summary')].map((summary) => keyOf(summary, root));
      root.replaceWith(next);
      for (const key of opened) {
        const details = findByKey(next, key)?.parentElement;
        if (details instanceof HTMLDetailsElement) details.open = true;
      }
      for (const [field, key] of fields) {
        const target = findByKey(next, key);
        if (target) giveValue(field, target);
      }
      for (const key of pressed) findByKey(next, key)?.click();
      const focused = focusKey && findByKey(next, focusKey);
      // A press may have moved the focus on purpose (a dialog, a new step): that focus stays.
      if (!focused || next.contains(doc.activeElement)) return;
      focused.focus();
      if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) copySelection(active, focused);
    },
  };
}

function copySelection(from: HTMLInputElement | HTMLTextAreaElement, to: HTMLElement): void {
  if (!(to instanceof HTMLInputElement || to instanceof HTMLTextAreaElement)) return;
  try {
    to.setSelectionRange(from.selectionStart, from.selectionEnd, from.selectionDirection ?? undefined);
  } catch {
    // Inputs such as number fields have no selection to set.
  }
}
