import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { NewtabError } from './NewtabPage';

describe('new tab error', () => {
  it('says the store could not be read, why, and where to go next — in place of the snapshot', () => {
    const html = render(<NewtabError error={new Error('The database connection is closing.')} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('Teachback could not read your data');
    expect(html).toContain('The database connection is closing.');
    expect(html).toContain('href="/options.html#/data"');
  });
});
