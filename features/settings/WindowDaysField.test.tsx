// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, it } from 'vitest';
import { WindowDaysField } from './WindowDaysField';

function type(input: HTMLInputElement, value: string, event: 'input' | 'change') {
  input.value = value;
  input.dispatchEvent(new Event(event, { bubbles: true }));
}

it('keeps what is typed when the page re-renders before the stored value changes, then shows the stored one', () => {
  const box = document.createElement('div');
  const saved: number[] = [];
  const field = (stored: number) => <WindowDaysField stored={stored} save={(n) => saved.push(n)} />;
  act(() => render(field(14), box));
  const input = box.querySelector('input') as HTMLInputElement;
  act(() => type(input, '30', 'input'));
  // Another setting's save re-renders the page with the same stored value.
  act(() => render(field(14), box));
  expect(input.value).toBe('30');
  act(() => type(input, '30', 'change'));
  expect(saved).toEqual([30]);
  act(() => render(field(30), box));
  expect(input.value).toBe('30');
  // A value out of range is not saved, and the field goes back to the stored one.
  act(() => type(input, '900', 'input'));
  act(() => type(input, '900', 'change'));
  expect(saved).toEqual([30]);
  expect(input.value).toBe('30');
});
