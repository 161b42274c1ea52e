import { DIRECTION_LABEL } from '../../../lib/model/directions';
import { DIRECTIONS, type Direction } from '../../../lib/model/types';
import type { WidgetProps } from './types';

// Four petals around you: up, right (peer), down, left (outside). Length grows with the share.
const ANGLE: Record<Direction, number> = { up: -90, peer: 0, down: 90, outside: 180 };

function Petal({ direction, share }: { direction: Direction; share: number }) {
  const r = 14 + 30 * share;
  const a = (ANGLE[direction] * Math.PI) / 180;
  const spread = 0.62;
  const p = (ang: number, rad: number) => `${(50 + rad * Math.cos(ang)).toFixed(1)},${(50 + rad * Math.sin(ang)).toFixed(1)}`;
  return <path class={`petal dir-${direction}`} d={`M50,50 L${p(a - spread, r)} A${r},${r} 0 0 1 ${p(a + spread, r)} Z`} />;
}

export function BalanceWidget({ data }: WidgetProps) {
  const { counts, nudge } = data.balance;
  const max = Math.max(1, ...DIRECTIONS.map((d) => counts[d]));
  const summary = DIRECTIONS.map((d) => `${DIRECTION_LABEL[d]}: ${counts[d]}`).join(', ');
  return (
    <div class="balance">
      <svg viewBox="0 0 100 100" class="balance-chart" role="img" aria-label={`Active people by direction. ${summary}.`}>
        <circle cx="50" cy="50" r="44" class="ring" />
        {DIRECTIONS.filter((d) => counts[d] > 0).map((d) => (
          <Petal key={d} direction={d} share={counts[d] / max} />
        ))}
        <circle cx="50" cy="50" r="5" class="you" />
      </svg>
      <ul class="plain balance-legend">
        {DIRECTIONS.map((d) => (
          <li key={d}>
            <span class={`swatch dir-${d}`} aria-hidden="true" />
            {DIRECTION_LABEL[d]} <strong>{counts[d]}</strong>
          </li>
        ))}
      </ul>
      {nudge && <p class="note">{nudge}</p>}
    </div>
  );
}
