import { DIRECTION_LABEL } from '../lib/model/directions';
import type { Direction } from '../lib/model/types';

export function DirectionChip({ direction }: { direction: Direction }) {
  return <span class={`chip dir-${direction}`}>{DIRECTION_LABEL[direction]}</span>;
}
