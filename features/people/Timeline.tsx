import { LastNotes } from '../../components/LastNotes';
import { Sparkline } from '../../components/Sparkline';
import { Time } from '../../components/Time';
import { useLive } from '../../lib/live/live-signal';
import { openActionsForPerson } from '../../lib/repos/actions';
import { insightsAbout } from '../../lib/repos/insights';
import { meetingsForPerson } from '../../lib/repos/meetings';
import { reflectionsForPerson } from '../../lib/repos/reflections';
import { rapportTrend, suggestRepair } from './relationship';

const KIND = { meeting: 'Meeting', call: 'Call', message: 'Message', chat: 'Chat', other: 'Contact' } as const;

/** The relationship's history: meetings and contacts with what was agreed, reflections, rapport over time. */
export function Timeline({ personId }: { personId: string }) {
  const data = useLive(
    async () => ({
      meetings: await meetingsForPerson(personId, 60),
      reflections: await reflectionsForPerson(personId),
      actions: await openActionsForPerson(personId),
      insights: await insightsAbout(personId),
    }),
    [personId],
    undefined,
  );
  const d = data.value;
  if (!d) return null;
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
      <ol class="plain-list timeline" data-testid="timeline">
        {d.meetings.map((m) => (
          <li key={m.id} class="card">
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
    </section>
  );
}
