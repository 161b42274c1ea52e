import { DirectionChip } from '../../components/DirectionChip';
import { Time } from '../../components/Time';
import type { PrepData } from './load-prep';

/** Who this conversation is with: shown at every step. */
export function PersonHead({ prep }: { prep: PrepData }) {
  const { person, planned } = prep;
  return (
    <header class="person-head">
      <h2>{person.name}</h2>
      <DirectionChip direction={person.direction} />
      <p class="muted small">
        {person.role ? `${person.role} · ` : ''}
        {person.startedAt ? (
          <>
            since <Time iso={person.startedAt} />
          </>
        ) : null}
        {planned && (
          <>
            {' · meeting '}
            <Time iso={planned.at} />
          </>
        )}
      </p>
    </header>
  );
}
