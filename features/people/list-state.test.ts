import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST, listQuery, listRoute, PAGE, readListState, rememberList } from './list-state';

describe('the people list state in the address', () => {
  it('is the default with no query, and a plain list has no query', () => {
    expect(readListState(new URLSearchParams(''))).toEqual(DEFAULT_LIST);
    expect(listQuery(DEFAULT_LIST)).toBe('');
  });

  it('comes back as it was: search, tag, direction, status, due, sort and paging', () => {
    const s = { status: 'paused', q: 'ann lee & co', direction: 'up', tag: 'design', onlyDue: true, sort: 'due', show: 3 * PAGE } as const;
    expect(readListState(new URLSearchParams(listQuery(s)))).toEqual(s);
  });

  it('ignores what it does not know, and keeps paging to whole pages within reason', () => {
    const s = readListState(new URLSearchParams('status=gone&direction=sideways&sort=age&show=250&due=yes'));
    expect(s).toEqual({ ...DEFAULT_LIST, show: 2 * PAGE });
    expect(readListState(new URLSearchParams('show=1e9')).show).toBe(100 * PAGE);
    expect(readListState(new URLSearchParams('show=-5')).show).toBe(PAGE);
  });

  it('remembers the last list shown, for "back to people"', () => {
    expect(listRoute()).toBe('/people');
    rememberList({ ...DEFAULT_LIST, q: 'grace' });
    expect(listRoute()).toBe('/people?q=grace');
  });
});
