import { DirectionChip } from '../../../components/DirectionChip';
import type { WidgetProps } from './types';

export function CueWidget({ data, act }: WidgetProps) {
  const cue = data.cue;
  if (!cue) return <p class="muted">When someone is due for a conversation, an idea for what you could give them shows here.</p>;
  return (
    <div class="cue">
      <p class="cue-person">
        <strong>{cue.name}</strong> <DirectionChip direction={cue.direction} />
      </p>
      <p class="cue-text">{cue.text}</p>
      <div class="row">
        <button type="button" class="btn" disabled={cue.added} onClick={() => act.addCue(cue)}>
          {cue.added ? 'On the agenda for next time' : 'Add to our next meeting'}
        </button>
        <button type="button" class="btn btn-quiet" onClick={() => act.anotherCue()}>
          Another idea
        </button>
        {cue.lesson && (
          <a class="btn btn-quiet" href={`/options.html#/library/lesson/${cue.lesson}`}>
            Read the short lesson
          </a>
        )}
      </div>
    </div>
  );
}
