import { describe, expect, it } from 'vitest';
import { downloadText } from './download-text';

describe('the first download as the sync page says it', () => {
  it('counts records received, then records added, on one bar', () => {
    expect(downloadText({ received: 6000, applied: 0, total: 12131 })).toEqual({
      label: 'Receiving your network: 6,000 of 12,131 records',
      value: 6000,
      max: 24262,
    });
    expect(downloadText({ received: 12131, applied: 2000, total: 12131 })).toEqual({
      label: 'Adding them to this browser: 2,000 of 12,131 records',
      value: 14131,
      max: 24262,
    });
  });

  it('never counts past what the server holds (deletes travel too)', () => {
    expect(downloadText({ received: 130, applied: 0, total: 120 })).toMatchObject({
      label: 'Receiving your network: 120 of 120 records',
      value: 120,
    });
  });
});
