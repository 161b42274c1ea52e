import { useSignal } from '@preact/signals';
import { DirectionChip } from '../../components/DirectionChip';
import { Time } from '../../components/Time';
import { plural } from '../../lib/format/relative';
import { useLive } from '../../lib/live/live-signal';
import { NEVER } from '../../lib/model/cadence';
import { systemTimeZone } from '../../lib/model/calendar';
import { DIRECTION_LABEL } from '../../lib/model/directions';
import { dueInfo, dueText } from '../../lib/model/due';
import { DIRECTIONS, type Direction, type Person, type PersonStatus } from '../../lib/model/types';
import { listPeople } from '../../lib/repos/people';
import { go } from '../../lib/ui/use-hash-route';

const PAGE = 100;
const STATUS_TABS: Array<[PersonStatus, string]> = [
  ['active', 'Active'],
  ['paused', 'Paused'],
  ['ended', 'Ended'],
];

function PersonRow({ p, now }: { p: Person; now: Date }) {
  // The same calendar-day rule as the new tab and the badge.
  const info = (p.status ?? 'active') === 'active' ? dueInfo(p, now, systemTimeZone()) : undefined;
  const u = info?.state;
  const last = p.lastContactAt;
  return (
    <li class="person-row">
      <a class="person-name" href={`#/people/${p.id}`}>
        {p.name}
      </a>
      <DirectionChip direction={p.direction} />
      <span class="person-role muted">{p.role}</span>
      <span class="person-last">
        {last && last !== NEVER ? (
          <>
            Last contact <Time iso={last} now={now} />
          </>
        ) : (
          <span class="muted">No contact yet</span>
        )}
      </span>
      <span class={`person-due urgency-${u ?? 'fine'}`}>
        {u === 'overdue' ? 'Overdue' : u === 'due' ? 'Due' : info ? `Next ${dueText(info).replace(/^due /, '')}` : ''}
      </span>
    </li>
  );
}

export function PeoplePage() {
  const status = useSignal<PersonStatus>('active');
  const limit = useSignal(PAGE);
  const q = useSignal('');
  const direction = useSignal<Direction | ''>('');
  const tag = useSignal('');
  const onlyDue = useSignal(false);
  const sort = useSignal<'name' | 'due'>('name');
  const filter = {
    status: status.value,
    q: q.value,
    ...(direction.value ? { direction: direction.value } : {}),
    ...(tag.value.trim() ? { tag: tag.value.trim().toLowerCase() } : {}),
    sort: sort.value,
  };
  const due = onlyDue.value;
  // The moment is read when the query runs, never put in its key: a key that changes on every
  // render starts a new query on every render, and none of them gets to show its answer.
  const people = useLive(
    () => listPeople({ ...filter, ...(due ? { due: { now: new Date(), timeZone: systemTimeZone() } } : {}) }, limit.value + 1),
    [JSON.stringify(filter), due, limit.value],
    undefined,
  );
  const filtered = Boolean(q.value || direction.value || tag.value || onlyDue.value);
  const rows = people.value;
  const now = new Date();
  return (
    <section class="page" aria-labelledby="people-title">
      <header class="page-head">
        <h1 id="people-title">People</h1>
        <div class="row">
          <a class="btn" href="#/people/import">
            Import from contacts
          </a>
          <button type="button" class="btn btn-primary" onClick={() => go('/people/new')}>
            Add a person
          </button>
        </div>
      </header>
      <fieldset class="tabs">
        <legend class="visually-hidden">Show people by status</legend>
        {STATUS_TABS.map(([s, label]) => (
          <button
            key={s}
            type="button"
            class="btn btn-quiet tab"
            aria-pressed={status.value === s}
            onClick={() => {
              status.value = s;
              limit.value = PAGE;
            }}
          >
            {label}
          </button>
        ))}
      </fieldset>
      <fieldset class="filters row">
        <legend class="visually-hidden">Filter people</legend>
        <label class="field grow">
          <span>Name</span>
          <input type="search" value={q.value} onInput={(e) => (q.value = e.currentTarget.value)} data-testid="people-search" />
        </label>
        <label class="field">
          <span>Direction</span>
          <select value={direction.value} onChange={(e) => (direction.value = e.currentTarget.value as Direction | '')}>
            <option value="">All</option>
            {DIRECTIONS.map((d) => (
              <option key={d} value={d}>
                {DIRECTION_LABEL[d]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Tag</span>
          <input value={tag.value} onInput={(e) => (tag.value = e.currentTarget.value)} size={10} />
        </label>
        <label class="field">
          <span>Sort</span>
          <select value={sort.value} onChange={(e) => (sort.value = e.currentTarget.value as 'name' | 'due')}>
            <option value="name">By name</option>
            <option value="due">Most overdue first</option>
          </select>
        </label>
        <label class="check">
          <input type="checkbox" checked={onlyDue.value} onChange={(e) => (onlyDue.value = e.currentTarget.checked)} /> Only due now
        </label>
      </fieldset>
      {rows === undefined ? null : rows.length === 0 && filtered ? (
        <p class="muted">Nobody matches these filters.</p>
      ) : rows.length === 0 ? (
        <div class="empty card">
          {status.value === 'active' ? (
            <>
              <h2>Who do you learn from?</h2>
              <p class="muted">
                A mentoring network has people above you, beside you, below you and outside your organisation. Start with one: someone you
                learned from this month, or bring in your address book or LinkedIn connections at once: you choose who, and nothing leaves
                this browser.
              </p>
              <div class="row">
                <button type="button" class="btn btn-primary" onClick={() => go('/people/new')}>
                  Add your first person
                </button>
                <a class="btn" href="#/people/import">
                  Import from your contacts
                </a>
              </div>
              <p class="muted">
                Your address book or LinkedIn connections can come in at once: you choose who, and nothing leaves this browser.
              </p>
            </>
          ) : (
            <p class="muted">Nobody is {status.value} right now.</p>
          )}
        </div>
      ) : (
        <>
          <ul class="people-list" aria-label={`${status.value} people`} data-testid="people-list">
            {rows.slice(0, limit.value).map((p) => (
              <PersonRow key={p.id} p={p} now={now} />
            ))}
          </ul>
          {rows.length > limit.value && (
            <button type="button" class="btn" onClick={() => (limit.value += PAGE)}>
              Show {plural(PAGE, 'more person', 'more people')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
