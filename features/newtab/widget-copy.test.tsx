import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { networkLine } from '../../lib/model/people-counts';
import type { NewtabData } from './data';
import { BalanceWidget } from './widgets/BalanceWidget';
import { DueWidget } from './widgets/DueWidget';
import { GoalsWidget } from './widgets/GoalsWidget';
import type { WidgetProps } from './widgets/types';

const props = (data: Partial<NewtabData>) => ({ data, act: {} }) as unknown as WidgetProps;

describe('the new tab says what is true', () => {
  it('counts active people, and of how many when some are paused or ended', () => {
    expect(networkLine(0, 0)).toBe('No one in your network yet');
    expect(networkLine(1, 1)).toBe('1 person in your network');
    expect(networkLine(8620, 10000)).toBe('8,620 active of 10,000 people in your network');
  });

  it('does not claim everyone heard from you when nobody is due', () => {
    const html = renderToString(<DueWidget {...props({ due: [] })} />);
    expect(html).toContain('Nobody is due yet');
    expect(html).not.toContain('heard from you');
  });

  it('offers to add a goal when there is none', () => {
    expect(renderToString(<GoalsWidget {...props({ goals: { active: [], count: 0 } })} />)).toContain('href="/options.html#/goals/new"');
  });

  it('draws no petal for a direction with nobody in it', () => {
    const html = renderToString(<BalanceWidget {...props({ balance: { counts: { up: 3, peer: 1, down: 2, outside: 0 } } })} />);
    expect(html.match(/class="petal /g)).toHaveLength(3);
    expect(html).not.toContain('petal dir-outside');
  });
});
