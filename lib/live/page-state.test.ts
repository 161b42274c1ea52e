// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The page's state is module state: each test gets the module fresh, as a page load would.
let page: typeof import('./page-state');
beforeEach(async () => {
  vi.resetModules();
  page = await import('./page-state');
  delete document.documentElement.dataset.state;
});

const state = () => document.documentElement.dataset.state;
const nextTask = () => new Promise((r) => setTimeout(r, 0));

describe('page state', () => {
  it('is not ready before the page has rendered, even when every read has ended', async () => {
    page.beginRead()(); // the first frame's Markdown renderer, loaded before the app has rendered
    await nextTask();
    expect(state()).toBe('loading');
    page.rendered();
    await nextTask();
    expect(state()).toBe('ready');
  });

  it('is ready once a page without reads has rendered', async () => {
    page.rendered();
    await nextTask();
    expect(state()).toBe('ready');
  });

  it('stays loading while a read is unanswered, and becomes ready a task after the last answer', async () => {
    let answer = () => {};
    const read = page.trackRead(new Promise<void>((r) => (answer = r)));
    page.rendered();
    await nextTask();
    expect(state()).toBe('loading');
    answer();
    await read;
    expect(state()).toBe('loading'); // not before the answer's own renders had their turn
    await nextTask();
    expect(state()).toBe('ready');
  });

  it('stays loading when an answer starts another read (what it rendered reads too)', async () => {
    page.rendered();
    const first = page.beginRead();
    first();
    const second = page.beginRead(); // in the same task, as a child component mounting would
    await nextTask();
    expect(state()).toBe('loading');
    second();
    second(); // a second call changes nothing
    await nextTask();
    expect(state()).toBe('ready');
  });

  it('lists a failed read until it is withdrawn', () => {
    const withdraw = page.reportFailure(new Error('The database connection is closing.'), () => {});
    expect(page.failures.value.map((f) => f.message)).toEqual(['The database connection is closing.']);
    withdraw();
    expect(page.failures.value).toEqual([]);
  });
});
