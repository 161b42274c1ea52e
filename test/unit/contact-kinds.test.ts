import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { expect, it } from 'vitest';
import { DueWidget } from '../../features/newtab/widgets/DueWidget';
import type { WidgetProps } from '../../features/newtab/widgets/types';
import { QuickLog } from '../../features/prep/QuickLog';
import { CONTACT_KINDS } from '../../lib/model/contact-kinds';

const buttons = (html: string) => [...html.matchAll(/<button[^>]*>([^<]+)<\/button>/g)].map((m) => m[1]);

it('the popup and the new tab offer the same ways of logging a contact', () => {
  const due = [{ id: 'a', name: 'Ana', direction: 'up', state: 'due', text: 'due today' }];
  const widget = renderToString(h(DueWidget, { data: { due }, act: {} } as unknown as WidgetProps));
  const popup = renderToString(h(QuickLog, { name: 'Ana', log: async () => {} }));
  const labels = CONTACT_KINDS.map((k) => k.label);
  expect(buttons(widget)).toEqual(labels);
  expect(buttons(popup)).toEqual(labels);
});
