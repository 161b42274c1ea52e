import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { PrepDraft } from './draft';
import { clock, pause, resume, type TimerState, timerView } from './timer';

interface Props {
  draft: PrepDraft;
  update: (patch: Partial<PrepDraft>) => void;
  timer: TimerState;
  setTimer: (t: TimerState) => void;
  onClose: () => void;
}

/** The hour itself: the current segment and its time left, the agenda to tick off, notes. */
export function RunView({ draft, update, timer, setTimer, onClose }: Props) {
  const now = useSignal(Date.now());
  useEffect(() => {
    const id = setInterval(() => (now.value = Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const v = timerView(timer, new Date(now.value));
  const current = timer.segments[v.segment];
  return (
    <div class="run stack">
      <section class="timer" aria-labelledby="timer-title">
        <h3 id="timer-title" class="visually-hidden">
          Timer
        </h3>
        <p class="timer-segment" data-testid="timer-segment">
          {v.over ? 'Time is up' : current?.title}
        </p>
        <p class="timer-left" aria-live="off">
          {v.over ? clock(v.elapsedMs) : clock(v.segmentLeftMs)}
          <span class="muted small"> {v.over ? 'in all' : 'left in this part'}</span>
        </p>
        <ol class="timeline" aria-label="Parts of the meeting">
          {timer.segments.map((s, i) => (
            <li
              key={s.title}
              class={i === v.segment ? 'now' : i < v.segment || v.over ? 'past' : ''}
              aria-current={i === v.segment ? 'step' : undefined}
            >
              {s.title} <span class="muted">{s.minutes}′</span>
            </li>
          ))}
        </ol>
        <div class="row">
          <button type="button" class="btn" onClick={() => setTimer(v.paused ? resume(timer, new Date()) : pause(timer, new Date()))}>
            {v.paused ? 'Resume' : 'Pause'}
          </button>
          <span class="muted small">
            {clock(v.elapsedMs)} of {clock(v.totalMs)}
          </span>
        </div>
      </section>
      {draft.points.length > 0 && (
        <section aria-labelledby="points-title" class="block">
          <h3 id="points-title">Talking points</h3>
          <ul class="plain">
            {draft.points.map((p, i) => (
              <li key={p.text}>
                <label class="tick">
                  <input
                    type="checkbox"
                    checked={!!p.done}
                    onChange={() => update({ points: draft.points.map((x, j) => (j === i ? { ...x, done: !x.done } : x)) })}
                  />
                  <span>
                    {p.text} <small class="muted">{p.from === 'me' ? 'yours' : 'theirs'}</small>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}
      <label class="field">
        <span>Notes (Markdown)</span>
        <textarea rows={7} value={draft.notes} onInput={(e) => update({ notes: e.currentTarget.value })} data-testid="notes" />
      </label>
      <button type="button" class="btn btn-primary wide" onClick={onClose}>
        Wrap up and record
      </button>
    </div>
  );
}
