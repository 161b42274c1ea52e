import type { ComponentChildren } from 'preact';
import { DIRECTION_LABEL } from '../../lib/model/directions';
import { DIRECTIONS } from '../../lib/model/types';
import type { SectionId, SharedReview } from '../../lib/review/share';
import { ActivityChart } from './ActivityChart';

const n = (x: number) => x.toLocaleString('en');

function Section({ id, title, r, children }: { id: SectionId; title: string; r: SharedReview; children: ComponentChildren }) {
  if (!r.sections.has(id)) return null;
  return (
    <section class="review-section" aria-labelledby={`review-${id}`} data-testid={`review-${id}`}>
      <h2 id={`review-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

function Network({ r }: { r: SharedReview }) {
  const max = Math.max(1, ...DIRECTIONS.map((d) => Math.max(r.directions[d].atStart, r.directions[d].atEnd)));
  const pct = (x: number) => `${Math.round((100 * x) / max)}%`;
  return (
    <table class="review-table">
      <thead>
        <tr>
          <th scope="col">Direction</th>
          <th scope="col">At the start</th>
          <th scope="col">Started</th>
          <th scope="col">Ended</th>
          <th scope="col">At the end</th>
          <th scope="col">Met</th>
          <th scope="col">
            <span class="visually-hidden">Start and end compared</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {DIRECTIONS.map((d) => {
          const f = r.directions[d];
          return (
            <tr key={d} data-testid={`network-${d}`}>
              <th scope="row" class={`dir-${d}`}>
                {DIRECTION_LABEL[d]}
              </th>
              <td>{n(f.atStart)}</td>
              <td>{n(f.started)}</td>
              <td>{n(f.ended)}</td>
              <td>{n(f.atEnd)}</td>
              <td>{n(f.met)}</td>
              <td class={`change dir-${d}`} aria-hidden="true">
                <span class="was" style={{ width: pct(f.atStart) }} />
                <span class="now" style={{ width: pct(f.atEnd) }} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const more = (count: number) => (count > 0 ? <li class="muted">and {n(count)} more</li> : null);

/** The review as it will be shared: the page, the print view, and what the Markdown says. */
export function ReviewDocument({ r }: { r: SharedReview }) {
  const t = r.totals;
  return (
    <article class="review-doc" aria-labelledby="review-doc-title">
      <header>
        <h2 id="review-doc-title" class="doc-title">
          {r.title}
        </h2>
        <p class="muted">{r.period}</p>
      </header>
      <Section id="network" title="Your 360° network" r={r}>
        <Network r={r} />
      </Section>
      <Section id="activity" title="Meetings and contacts" r={r}>
        <p data-testid="activity-totals">
          <strong>{n(t.meetings)}</strong> meetings ({n(Math.round(t.minutes / 60))} hours) and <strong>{n(t.contacts)}</strong> quick
          contacts with <strong>{n(t.peopleMet)}</strong> people.
        </p>
        <ActivityChart months={r.months} />
      </Section>
      <Section id="learned" title="What you learned, and from whom" r={r}>
        <p>
          <strong>{n(t.insights)}</strong> insights kept · <strong>{n(t.kept)}</strong> of your agreements kept
        </p>
        <ul class="review-list">
          {r.learned.map((p) => (
            <li key={p.who}>
              <strong>{p.who}</strong> <span class="muted">· {n(p.meetings)} conversations</span>
              {p.learnFrom && <span> · {p.learnFrom}</span>}
              {p.insights.length > 0 && (
                <ul>
                  {p.insights.map((i) => (
                    <li key={i}>{i}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
          {more(r.learnedMore)}
        </ul>
        {r.kept.length > 0 && (
          <>
            <h3>Agreements you kept</h3>
            <ul class="review-list">
              {r.kept.map((k, i) => (
                <li key={i}>
                  {k.text}
                  {k.who && <span class="muted"> · with {k.who}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>
      <Section id="taught" title="What you taught back, and to whom" r={r}>
        <p>
          <strong>{n(r.taughtTotals.points)}</strong> of their talking points covered · <strong>{n(r.taughtTotals.helped)}</strong> of their
          actions seen through
        </p>
        <ul class="review-list">
          {r.taught.map((p) => (
            <li key={p.who}>
              <strong>{p.who}</strong>
              {p.teachBack && <span class="muted"> · you offered {p.teachBack}</span>}
              {[...p.examples, ...p.helped].length > 0 && <span> · {[...p.examples, ...p.helped].join('; ')}</span>}
            </li>
          ))}
          {more(r.taughtMore)}
        </ul>
        {r.taught.length === 0 && <p class="muted">No talking points of theirs or actions of theirs were recorded in this period.</p>}
      </Section>
      <Section id="goals" title="Goals" r={r}>
        {r.goals.length === 0 && <p class="muted">No goal was active or moved in this period.</p>}
        <ul class="review-list">
          {r.goals.map((g) => (
            <li key={g.id}>
              <strong>{g.title}</strong>{' '}
              <span>
                {g.start}% → {g.end}%
              </span>
              {g.status !== 'active' && <span class="muted"> · {g.status === 'done' ? 'reached' : 'let go'}</span>}
              {g.helpers.length > 0 && <span class="muted"> · with {g.helpers.join(', ')}</span>}
              <div class="bar" aria-hidden="true">
                <span style={{ width: `${g.end}%` }} />
              </div>
              {g.updates.some((u) => u.note) && (
                <ul>{g.updates.map((u) => u.note && <li key={u.at}>{`${u.progress}%: ${u.note}`}</li>)}</ul>
              )}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="reflections" title="Reflections" r={r}>
        <p>
          <strong>{n(t.reflections)}</strong> reflections written
          {r.reflections.length > 0 && `: ${r.reflections.map((x) => `${x.label} ${x.count}`).join(' · ')}`}
        </p>
      </Section>
      <Section id="lessons" title="Lessons" r={r}>
        <p>
          Read: {r.lessons.read.length ? r.lessons.read.map((l) => l.title).join(', ') : 'none'}
          <br />
          Tried: {r.lessons.tried.length ? r.lessons.tried.map((l) => l.title).join(', ') : 'none'}
        </p>
      </Section>
    </article>
  );
}
