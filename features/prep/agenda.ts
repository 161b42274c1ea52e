import type { TalkingPoint, TimeSplit } from '../../lib/model/types';

export interface Segment {
  title: string;
  minutes: number;
  points: TalkingPoint[];
}

/** Minutes kept for arriving and for closing out, whatever the length. */
const OPEN = 5;
const CLOSE = 5;

/**
 * The hour as segments that add up exactly to `minutes`: a check-in, the mentee's agenda
 * (the larger share of the split), the other side's, and a close-out for agreements and
 * actions. "Mine" is the user's side; talking points go to the side they came from.
 */
export function buildAgenda(points: TalkingPoint[], split: TimeSplit, minutes: number): Segment[] {
  const open = Math.min(OPEN, Math.floor(minutes / 6));
  const close = Math.min(CLOSE, Math.floor(minutes / 6));
  const body = minutes - open - close;
  const mine = Math.round((body * split.mine) / (split.mine + split.theirs));
  const sides: Segment[] = [
    { title: 'Your agenda', minutes: mine, points: points.filter((p) => p.from === 'me') },
    { title: 'Their agenda', minutes: body - mine, points: points.filter((p) => p.from === 'them') },
  ].sort((a, b) => b.minutes - a.minutes);
  return [
    { title: 'Check in', minutes: open, points: [] },
    ...sides,
    { title: 'Agreements and next steps', minutes: close, points: [] },
  ].filter((s) => s.minutes > 0);
}

/** The default split: 80 % on the mentee's needs. Below you, they are the mentee. */
export function defaultSplit(direction: string): TimeSplit {
  return direction === 'down' ? { mine: 20, theirs: 80 } : { mine: 80, theirs: 20 };
}
