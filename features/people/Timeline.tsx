import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { LastNotes } from '../../components/LastNotes';
import { Sparkline } from '../../components/Sparkline';
import { Time } from '../../components/Time';
import { plural } from '../../lib/format/relative';
import { useLiveKept } from '../../lib/live/live-signal';
import { openActionsForPerson } from '../../lib/repos/actions';
import { insightsAbout } from '../../lib/repos/insights';
import { meetingCountForPerson, meetingsForPerson } from '../../lib/repos/meetings';
import { reflectionsForPerson } from '../../lib/repos/reflections';
import { rapportTrend, suggestRepair } from './relationship';

// A page of history: enough for a year of weekly meetings, few enough to draw in one short task.
const PAGE = 60;

const KIND = { meeting: 'Meeting', call: 'Call', message: 'Message', chat: 'Chat', other: 'Contact' } as const;

/** The relationship's history: meetings and contacts with what was agreed, reflections, rapport over time. */
export function Timeline({ personId }: { personId: string }) {
  // Another person starts again from the first page, and never shows the last one's history meanwhile.
  return <History key={personId} personId={personId} />;
}

function History({ personId }: { personId: string }) {
  const shown = useSignal(PAGE);
  // An earlier page keeps the history on screen (and the focus on its button) while it loads.
  const data = useLiveKept(
    async () => {
      // Independent reads, asked for together rather than one after another.
      const [meetings, meetingCount, reflections, actions, insights] = await Promise.all([
        meetingsForPerson(personId, shown.value),
        meetingCountForPerson(personId),
        reflectionsForPerson(personId),
        openActionsForPerson(personId),
        insightsAbout(personId),
      ]);
      return { meetings, meetingCount, reflections, actions, insights };
    },
    [personId, shown.value],
    undefined,
  );
  const d = data.value;
  // The button goes once everything shows: the focus moves to the first of the rows it brought.
  const list = useRef<HTMLOListElement>(null);
  const focusFrom = useRef<number>();
  useEffect(() => {
    const row = focusFrom.current === undefined ? undefined : list.current?.children[focusFrom.current];
    if (row instanceof HTMLElement) {
      focusFrom.current = undefined;
      row.focus();
    }
  }, [d]);
  if (!d) return null;
  const earlier = d.meetingCount - d.meetings.length;
  const showEarlier = () => {
    focusFrom.current = d.meetings.length;
    shown.value += PAGE;
  };
  const trend = rapportTrend(d.meetings);
  return (
    <section class="stack" aria-labelledby="timeline-title">
      {suggestRepair(d.meetings) && (
        <div class="note warn" role="note" data-testid="repair">
          <strong>It hasn’t clicked yet, and that happens.</strong> Two of your first meetings felt hard going. Talk openly about what each
          of you needs, or consider a different pairing for this goal. Nobody failed.{' '}
          <a href="#/library/lesson/chemistry-and-re-pairing">Read the short lesson</a>
        </div>
      )}
      <h2 id="timeline-title">History</h2>
      {trend.length > 1 && <Sparkline values={trend.map((r) => r * 20)} label={`Rapport over time, out of 5: ${trend.join(', ')}`} />}
      {d.meetings.length === 0 && d.reflections.length === 0 && (
        <p class="muted">Nothing yet. Meetings, quick contacts and reflections about this person collect here.</p>
      )}
      {(d.actions.length > 0 || d.insights.length > 0) && (
        <div class="card stack small">
          {d.actions.length > 0 && (
            <p>
              <strong>Open actions:</strong> {d.actions.map((a) => `${a.text} (${a.owner === 'me' ? 'you' : 'them'})`).join(' · ')}
            </p>
          )}
          {d.insights.length > 0 && (
            <p>
              <strong>What you learned from them:</strong> {d.insights.map((i) => i.text).join(' · ')}
            </p>
          )}
        </div>
      )}
      <ol class="plain-list timeline" data-testid="timeline" ref={list}>
        {d.meetings.map((m) => (
          <li key={m.id} class="card" tabIndex={-1}>
            <p class="muted small">
              {m.status === 'planned' ? 'Planned · ' : ''}
              {KIND[m.kind ?? 'meeting']} · <Time iso={m.at} />
              {m.rapport ? ` · rapport ${m.rapport}/5` : ''}
            </p>
            {m.agreements?.length ? (
              <ul class="small">
                {m.agreements.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            ) : null}
            {m.notes && <LastNotes markdown={m.notes} headingsBelow={2} short />}
          </li>
        ))}
        {d.reflections.map((r) => (
          <li key={r.id} class="card">
            <p class="muted small">
              Reflection · <Time iso={r.at} />
            </p>
            <p>{r.text}</p>
          </li>
        ))}
      </ol>
      {earlier > 0 && (
        <button type="button" class="btn" data-testid="timeline-earlier" onClick={showEarlier}>
          {earlier > PAGE
            ? `Show ${PAGE} earlier meetings and contacts (${earlier.toLocaleString('en')} not shown)`
            : `Show ${plural(earlier, 'earlier meeting or contact', 'earlier meetings and contacts')}`}
        </button>
      )}
    </section>
  );
}
