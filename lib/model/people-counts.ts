import { plural } from '../format/relative';
import { DIRECTIONS, type Direction, type Person } from './types';

/** Active people by direction, and everyone. One record, kept in step with every person write. */
export interface PeopleCounts {
  key: 'people';
  active: Record<Direction, number>;
  total: number;
}

export function emptyCounts(): PeopleCounts {
  return { key: 'people', active: { up: 0, peer: 0, down: 0, outside: 0 }, total: 0 };
}

/** Adds (sign 1) or removes (sign -1) one person from the counts. */
export function addTo(counts: PeopleCounts, p: Pick<Person, 'status' | 'direction'>, sign: 1 | -1): PeopleCounts {
  counts.total += sign;
  if ((p.status ?? 'active') === 'active' && (DIRECTIONS as readonly string[]).includes(p.direction)) counts.active[p.direction] += sign;
  return counts;
}

export function activeTotal(c: PeopleCounts): number {
  return DIRECTIONS.reduce((n, d) => n + c.active[d], 0);
}

/** The header line: how many people are active, and of how many, when some are paused or ended. */
export function networkLine(active: number, everyone: number): string {
  if (everyone === 0) return 'No one in your network yet';
  if (active === everyone) return `${plural(active, 'person', 'people')} in your network`;
  return `${active.toLocaleString('en')} active of ${plural(everyone, 'person', 'people')} in your network`;
}
