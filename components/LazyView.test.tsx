// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { afterReads, failures } from '../lib/live/page-state';
import { lazyView } from './LazyView';

afterEach(() => {
  failures.value = [];
});

const Hello = ({ name }: { name: string }) => <h1>Hello {name}</h1>;

describe('a view loaded when first shown', () => {
  it('holds the page "loading" until its code is there, then shows it with its props', async () => {
    let arrive: (view: typeof Hello) => void = () => {};
    const View = lazyView(() => new Promise<typeof Hello>((resolve) => (arrive = resolve)));
    const box = document.createElement('div');
    act(() => render(<View name="Ann" />, box));
    expect(box.querySelector('[aria-busy="true"]')).not.toBeNull();
    let settled = false;
    void afterReads().then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(settled).toBe(false);
    await act(async () => arrive(Hello));
    await afterReads();
    expect(box.querySelector('h1')?.textContent).toBe('Hello Ann');
  });

  it('shows the view when its code arrived between the first render and its effects (a preload)', async () => {
    const View = lazyView(() => Promise.resolve(Hello));
    const box = document.createElement('div');
    render(<View name="Cy" />, box);
    await new Promise((r) => setTimeout(r, 100));
    expect(box.querySelector('h1')?.textContent).toBe('Hello Cy');
  });

  it('lists a chunk that failed to load, and "Try again" loads it', async () => {
    let calls = 0;
    const View = lazyView(async () => {
      calls++;
      if (calls === 1) throw new Error('Failed to fetch dynamically imported module');
      return Hello;
    });
    const box = document.createElement('div');
    await act(async () => render(<View name="Bo" />, box));
    await afterReads();
    expect(failures.value.map((f) => f.message)).toEqual(['Failed to fetch dynamically imported module']);
    await act(async () => failures.value[0]?.retry());
    await afterReads();
    expect(box.querySelector('h1')?.textContent).toBe('Hello Bo');
    expect(failures.value).toEqual([]);
  });
});
