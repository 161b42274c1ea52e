import type { SharedReview } from '../../lib/review/share';

const W = 480;
const H = 120;
const LABEL = 16;

/** Meetings and quick contacts by month as stacked bars, with the same numbers as a table. */
export function ActivityChart({ months }: { months: SharedReview['months'] }) {
  const max = Math.max(1, ...months.map((m) => m.meetings + m.contacts));
  const step = W / Math.max(1, months.length);
  const bar = Math.max(4, step * 0.6);
  const y = (n: number) => ((H - LABEL) * n) / max;
  const summary = months.map((m) => `${m.label}: ${m.meetings} meetings, ${m.contacts} contacts`).join('; ');
  return (
    <figure class="activity">
      <svg viewBox={`0 0 ${W} ${H}`} class="activity-chart" role="img" aria-label={`Meetings and contacts by month. ${summary}.`}>
        {months.map((m, i) => {
          const x = i * step + (step - bar) / 2;
          const meet = y(m.meetings);
          const contact = y(m.contacts);
          return (
            <g key={m.key}>
              <rect class="bar-meetings" x={x} y={H - LABEL - meet} width={bar} height={meet} />
              <rect class="bar-contacts" x={x} y={H - LABEL - meet - contact} width={bar} height={contact} />
              {(months.length <= 12 || i % 2 === 0) && (
                <text x={x + bar / 2} y={H - 3} text-anchor="middle">
                  {m.label.slice(0, 3)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption class="row small">
        <span>
          <span class="swatch bar-meetings" aria-hidden="true" /> Meetings
        </span>
        <span>
          <span class="swatch bar-contacts" aria-hidden="true" /> Quick contacts
        </span>
      </figcaption>
      <table class="visually-hidden">
        <caption>Meetings and contacts by month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Meetings</th>
            <th scope="col">Contacts</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.key}>
              <th scope="row">{m.label}</th>
              <td>{m.meetings}</td>
              <td>{m.contacts}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
