// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { findByKey, keepInput, keyOf } from './handover';

const VIEW = `
  <input id="pick" type="search">
  <button type="button">Add</button>
  <button type="button">Add</button>
  <button type="button">Start</button>
  <a href="#/elsewhere">Dashboard</a>
  <details><summary>Log a contact</summary><input id="note"></details>`;

function mount(html = VIEW): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

/** The app's rendering of the same view, off the page, with a record of what its handlers saw. */
function app(html = VIEW): { next: HTMLElement; seen: string[] } {
  const next = document.createElement('div');
  next.innerHTML = html;
  const seen: string[] = [];
  next.addEventListener('input', (e) => seen.push(`input ${(e.target as HTMLInputElement).value}`));
  next.addEventListener('click', (e) => {
    const b = e.target as HTMLElement;
    seen.push(`click ${b.textContent} ${[...next.querySelectorAll('button')].indexOf(b as HTMLButtonElement)}`);
  });
  return { next, seen };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('element keys', () => {
  it('find an element again by id, or by what it is and says and which of the alike it is', () => {
    const first = mount();
    const { next } = app();
    const second = first.querySelectorAll('button')[1] as HTMLElement;
    expect(findByKey(next, keyOf(second, first))).toBe(next.querySelectorAll('button')[1]);
    expect(findByKey(next, keyOf(first.querySelector('#pick') as HTMLElement, first))?.id).toBe('pick');
    expect(findByKey(app('<button>Other</button>').next, keyOf(second, first))).toBeUndefined();
  });
});

describe('a first frame handing over to the app', () => {
  it('moves the focus, and the text typed so far, to the same field in the app', () => {
    const first = mount();
    const handover = keepInput(first);
    const field = first.querySelector('#pick') as HTMLInputElement;
    field.focus();
    field.value = 'Ad';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    const { next, seen } = app();
    handover.swap(next);
    const target = next.querySelector('#pick') as HTMLInputElement;
    expect(first.isConnected).toBe(false);
    expect(document.activeElement).toBe(target);
    expect(target.value).toBe('Ad');
    expect(target.selectionStart).toBe(2);
    // The app's own handler saw the text, as if typed there.
    expect(seen).toEqual(['input Ad']);
  });

  it('holds back the buttons pressed and presses them in the app, in order', () => {
    const first = mount();
    const handover = keepInput(first);
    const [, second, start] = first.querySelectorAll('button');
    const clicks = [second, start].map((b) => {
      const click = new MouseEvent('click', { bubbles: true, cancelable: true });
      b?.dispatchEvent(click);
      return click.defaultPrevented;
    });
    expect(clicks).toEqual([true, true]);
    const { next, seen } = app();
    handover.swap(next);
    expect(seen).toEqual(['click Add 1', 'click Start 2']);
  });

  it('keeps a disclosure opened there open, with the focus on its summary', () => {
    const first = mount();
    const handover = keepInput(first);
    (first.querySelector('details') as HTMLDetailsElement).open = true;
    (first.querySelector('summary') as HTMLElement).focus();
    const { next } = app();
    handover.swap(next);
    expect(next.querySelector('details')?.open).toBe(true);
    expect(document.activeElement).toBe(next.querySelector('summary'));
  });

  it('leaves links alone, and gives nothing once it has handed over', () => {
    const first = mount();
    const handover = keepInput(first);
    const link = new MouseEvent('click', { bubbles: true, cancelable: true });
    first.querySelector('a')?.dispatchEvent(link);
    expect(link.defaultPrevented).toBe(false);
    const { next, seen } = app();
    handover.swap(next);
    const late = new MouseEvent('click', { bubbles: true, cancelable: true });
    first.querySelector('button')?.dispatchEvent(late);
    expect(late.defaultPrevented).toBe(false);
    expect(seen).toEqual([]);
    expect(document.activeElement).toBe(document.body);
  });
});
