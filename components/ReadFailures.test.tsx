// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { failures, reportFailure } from '../lib/live/page-state';
import { ReadFailures } from './ReadFailures';

afterEach(() => {
  failures.value = [];
});

describe('read failures', () => {
  it('shows nothing while every read works', () => {
    const box = document.createElement('div');
    render(<ReadFailures />, box);
    expect(box.innerHTML).toBe('');
  });

  it('says what could not be read, and "Try again" retries every failed read', () => {
    const tried: string[] = [];
    reportFailure(new Error('QuotaExceededError'), () => tried.push('people'));
    reportFailure(new Error('QuotaExceededError'), () => tried.push('goals'));
    const box = document.createElement('div');
    render(<ReadFailures />, box);
    expect(box.querySelector('[role="alert"]')?.textContent).toContain('2 reads failed; the first said: QuotaExceededError');
    act(() => box.querySelector('button')?.click());
    expect(tried).toEqual(['people', 'goals']);
  });
});
