import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLayout, moveWidget, normalizeLayout, toggleWidget, WIDGETS } from '../../lib/model/widgets';

describe('new-tab widgets', () => {
  it('every widget has a title, a hint and a view module, and every view is registered', () => {
    const views = readdirSync(join(import.meta.dirname, 'widgets'))
      .filter((f) => f.endsWith('.tsx'))
      .map((f) => f.replace(/Widget\.tsx$/, '').toLowerCase());
    expect(views.sort()).toEqual(WIDGETS.map((w) => w.id).sort());
    for (const w of WIDGETS) expect(w.title.length * w.hint.length).toBeGreaterThan(0);
  });

  it('the streak is off until asked for', () => {
    expect(defaultLayout().find((w) => w.id === 'streak')?.hidden).toBe(true);
  });

  it('repairs saved layouts and moves and hides widgets', () => {
    const saved = [{ id: 'goals', hidden: true }, { id: 'gone' }, { id: 'prompt', hidden: false }, { id: 'goals' }];
    const layout = normalizeLayout(saved);
    expect(layout.slice(0, 2)).toEqual([
      { id: 'goals', hidden: true },
      { id: 'prompt', hidden: false },
    ]);
    expect(layout).toHaveLength(WIDGETS.length);
    expect(
      moveWidget(layout, 'prompt', -1)
        .slice(0, 2)
        .map((w) => w.id),
    ).toEqual(['prompt', 'goals']);
    expect(moveWidget(layout, 'goals', -1)).toBe(layout);
    expect(toggleWidget(layout, 'goals')[0]).toEqual({ id: 'goals', hidden: false });
    expect(normalizeLayout('nonsense')).toEqual(defaultLayout());
  });
});
