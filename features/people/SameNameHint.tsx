import { useLive } from '../../lib/live/live-signal';
import { personDetail } from '../../lib/model/names';
import { othersNamed } from '../../lib/repos/people';

/** A calm note under the name field when someone else already has that name; saving stays allowed. */
export function SameNameHint({ name, selfId }: { name: string; selfId?: string }) {
  const others = useLive(() => othersNamed(name, selfId), [name, selfId], []);
  const n = others.value.length;
  if (n === 0) return null;
  return (
    <small class="muted" role="status" data-testid="same-name">
      {`${n > 1 ? 'People' : 'Someone'} in your network already ${n > 1 ? 'have' : 'has'} this name (${others.value.map(personDetail).join('; ')}). You can still save; a role or organisation tells them apart.`}
    </small>
  );
}
