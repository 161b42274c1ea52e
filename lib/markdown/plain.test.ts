import { describe, expect, it } from 'vitest';
import { plainText } from './plain';

describe('notes as plain text', () => {
  it('drops emphasis, headings, code marks and link targets', () => {
    expect(plainText('**Talked about** _roadmaps_, *risks* and `tsc`.')).toBe('Talked about roadmaps, risks and tsc.');
    expect(plainText('## Next\nSee [the doc](https://example.com/a) ![a chart](c.png).')).toBe('Next\nSee the doc a chart.');
    expect(plainText('> quoted ~~old~~ new\n> ## A quoted heading')).toBe('quoted old new\nA quoted heading');
  });

  it('gives each paragraph and list item its line, with a bullet as rendered', () => {
    expect(plainText('**Talked about** hiring.\n\n\n\n- ask for referrals\n* write the brief\n  + a draft\n1. call')).toBe(
      'Talked about hiring.\n• ask for referrals\n• write the brief\n  • a draft\n1. call',
    );
  });

  it('leaves underscores inside words and lone stars alone', () => {
    expect(plainText('rename user_id to person_id, 2 * 3 * 4')).toBe('rename user_id to person_id, 2 * 3 * 4');
    expect(plainText('latency <200ms and >50; 2**10\n\nthen **bold**')).toBe('latency <200ms and >50; 2**10\nthen bold');
  });

  it('shows HTML written in the notes as no markup at all', () => {
    expect(plainText('Hello <img src=x onerror=alert(1)> there')).toBe('Hello  there');
  });
});
