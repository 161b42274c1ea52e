/** Every new-tab widget, in default order. Settings, layout and the page all read this list. */
export const WIDGETS = [
  { id: 'prompt', title: 'Reflection', hint: 'One question to answer in a line', hiddenByDefault: false },
  { id: 'cue', title: 'Teach back', hint: 'Something you could offer someone', hiddenByDefault: false },
  { id: 'due', title: 'Who is due', hint: 'People to get back in touch with', hiddenByDefault: false },
  { id: 'next', title: 'Next up', hint: 'Meetings in the next 7 days and open actions', hiddenByDefault: false },
  { id: 'goals', title: 'Goals', hint: 'Progress on what you are working toward', hiddenByDefault: false },
  { id: 'balance', title: '360° balance', hint: 'Your network by direction', hiddenByDefault: false },
  { id: 'insights', title: 'Insights to review', hint: 'Lessons learned from people, spaced out', hiddenByDefault: false },
  { id: 'streak', title: 'Streak', hint: 'Days with a reflection or a contact (off unless you want it)', hiddenByDefault: true },
] as const;

export type WidgetId = (typeof WIDGETS)[number]['id'];
export type Layout = Array<{ id: WidgetId; hidden: boolean }>;

export function defaultLayout(): Layout {
  return WIDGETS.map((w) => ({ id: w.id, hidden: w.hiddenByDefault }));
}

/** A saved layout made whole: unknown ids dropped, widgets added since appended with their default. */
export function normalizeLayout(saved: unknown): Layout {
  const known = new Map(WIDGETS.map((w) => [w.id as string, w]));
  const out: Layout = [];
  if (Array.isArray(saved))
    for (const s of saved) {
      const w = known.get((s as { id?: string })?.id ?? '');
      if (w && !out.some((o) => o.id === w.id)) out.push({ id: w.id, hidden: Boolean((s as { hidden?: unknown }).hidden) });
    }
  for (const w of WIDGETS) if (!out.some((o) => o.id === w.id)) out.push({ id: w.id, hidden: w.hiddenByDefault });
  return out;
}

export function moveWidget(layout: Layout, id: WidgetId, delta: -1 | 1): Layout {
  const i = layout.findIndex((w) => w.id === id);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= layout.length) return layout;
  const next = [...layout];
  [next[i], next[j]] = [next[j] as Layout[number], next[i] as Layout[number]];
  return next;
}

export function toggleWidget(layout: Layout, id: WidgetId): Layout {
  return layout.map((w) => (w.id === id ? { ...w, hidden: !w.hidden } : w));
}
