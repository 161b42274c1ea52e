import { DirectionChip } from '../../components/DirectionChip';
import { Time } from '../../components/Time';
import type { PrepData } from './prep-read';

/** Downloads the planned meeting as an .ics file; the calendar code loads only when asked. */
async function addToCalendar({ person, planned }: PrepData): Promise<void> {
  if (!planned) return;
  const [{ icsFileName, meetingIcs }, { downloadText }] = await Promise.all([
    import('../../lib/calendar/ics'),
    import('../../lib/ui/download'),
  ]);
  const agenda = (planned.agenda ?? []).map((p) => p.text);
  downloadText(meetingIcs(planned, person.name, agenda), icsFileName(person.name), 'text/calendar');
}

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
            <Time iso={planned.at} />{' '}
            <button type="button" class="btn btn-quiet small" onClick={() => void addToCalendar(prep)}>
              Add to calendar
            </button>
          </>
        )}
      </p>
    </header>
  );
}
