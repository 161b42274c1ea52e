// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, it, vi } from 'vitest';
import { useHashRoute } from './use-hash-route';

const Route = () => <p>{useHashRoute().join('/') || 'home'}</p>;

it('follows an address changed after the first render and before its listener was added', async () => {
  location.hash = '#/people/ada';
  await new Promise((r) => setTimeout(r, 0));
  const box = document.createElement('div');
  // Rendered outside act(): its effects wait for the next frame, as in a page just loaded.
  render(<Route />, box);
  expect(box.textContent).toBe('people/ada');
  location.hash = '#/people';
  await vi.waitFor(() => expect(box.textContent).toBe('people'));
  // And after that, by its listener.
  await act(async () => {
    location.hash = '#/goals';
    await new Promise((r) => setTimeout(r, 0));
  });
  expect(box.textContent).toBe('goals');
});
