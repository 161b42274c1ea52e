import { describe, expect, it } from 'vitest';
import { compareText, nameKey } from './names';

describe('the name key the people list is paged by', () => {
  it('orders names as the collator does: case, accents, spacing and numbers', () => {
    const names = ['XXXX', 'grace hopper', 'Émile', 'Person 10', 'Person 2', 'anna', 'Zoë', 'Grace  Hopper', 'Person 002b', 'ángel'];
    const byKey = [...names].sort((a, b) => (nameKey(a) < nameKey(b) ? -1 : nameKey(a) > nameKey(b) ? 1 : 0));
    expect(byKey.map(nameKey)).toEqual([...names].sort(compareText).map(nameKey));
  });

  it('keeps letters of any script', () => {
    expect(nameKey('  Нина  Петрова ')).toBe('нина петрова');
    expect(nameKey('سارا')).toBe('سارا');
  });
});
