import { describe, expect, it } from 'vitest';
import { hostPattern } from './host-pattern';

describe('host pattern', () => {
  it('keeps the scheme and host, and leaves out the port and path (Firefox allows no port)', () => {
    expect(hostPattern('https://couch.example.org:5984/teachback')).toBe('https://couch.example.org/*');
    expect(hostPattern('http://127.0.0.1:34007')).toBe('http://127.0.0.1/*');
    expect(hostPattern('https://calendar.google.com/calendar/ical/x/basic.ics')).toBe('https://calendar.google.com/*');
    expect(hostPattern('http://[::1]:8080/')).toBe('http://[::1]/*');
  });
});
