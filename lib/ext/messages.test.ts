import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { fromThisExtension, isMessage } from './messages';

describe('background messages', () => {
  it('accepts only known, well-formed messages', () => {
    expect(isMessage({ type: 'open-import', link: 'https://site/collection.html#v1.abc' })).toBe(true);
    expect(isMessage({ type: 'open-import', link: 42 })).toBe(false);
    expect(isMessage({ type: 'open-import', link: 'x'.repeat(20_001) })).toBe(false);
    expect(isMessage({ type: 'delete-everything' })).toBe(false);
    expect(isMessage('open-import')).toBe(false);
    expect(isMessage(null)).toBe(false);
  });

  it('trusts only senders from this extension', () => {
    expect(fromThisExtension({ id: fakeBrowser.runtime.id })).toBe(true);
    expect(fromThisExtension({ id: 'some-other-extension' })).toBe(false);
    expect(fromThisExtension({})).toBe(false);
  });
});
