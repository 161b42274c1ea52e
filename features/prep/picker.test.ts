import { describe, expect, it } from 'vitest';
import { personDetail } from '../../lib/model/names';
import type { Person } from '../../lib/model/types';
import { pickerView } from './picker';

const ada: Person = { id: 'a', name: 'Ada Lane', direction: 'up', role: 'Staff engineer', org: 'Northwind' };

describe('the popup’s type-ahead', () => {
  it('never shows results found for another query, and says when no one matches', () => {
    const found = { q: 'ada', people: [ada] };
    expect(pickerView('ada', found)).toEqual({ kind: 'list', people: [ada] });
    expect(pickerView('adaq', found)).toEqual({ kind: 'searching' });
    expect(pickerView(' adaq ', { q: 'adaq', people: [] })).toEqual({ kind: 'none', q: 'adaq' });
    expect(pickerView('  ', found)).toEqual({ kind: 'idle' });
  });

  it('tells two people of one name apart by role and organisation, else by direction', () => {
    expect(personDetail(ada)).toBe('Staff engineer, Northwind');
    expect(personDetail({ ...ada, role: undefined })).toBe('Northwind');
    expect(personDetail({ id: 'b', name: 'Ada Lane', direction: 'peer' })).toBe('Beside you');
  });
});
