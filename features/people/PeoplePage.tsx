import { useSignal } from '@preact/signals';
import { Component } from 'preact';
import { useEffect } from 'preact/hooks';
import { DirectionChip } from '../../components/DirectionChip';
import { Time } from '../../components/Time';
import { thisMinute } from '../../lib/format/now';
import { plural } from '../../lib/format/relative';
import { useLiveKept } from '../../lib/live/live-signal';
import { NEVER } from '../../lib/model/cadence';
import { systemTimeZone } from '../../lib/model/calendar';
import { DIRECTION_LABEL } from '../../lib/model/directions';
import { dueInfo, dueText } from '../../lib/model/due';
import { DIRECTIONS, type Direction, type Person, type PersonStatus } from '../../lib/model/types';
import { listPeople } from '../../lib/repos/people';
import { go, hashQuery, replaceHashQuery } from '../../lib/ui/use-hash-route';
import { type ListState, listQuery, PAGE, readListState, rememberList } from './list-state';

const STATUS_TABS: Array<[PersonStatus, string]> = [
  ['active', 'Active'],
  ['paused', 'Paused'],
  ['ended', 'Ended'],
];

interface RowProps {
  p: Person;
  now: Date;
}

// Every write through lib/repos stamps `updatedAt`; a record without one is compared whole.
const sameVersion = (a: Person, b: Person) => a === b || (a.id === b.id && a.updatedAt !== undefined && a.updatedAt === b.updatedAt);

/**
 * One row, drawn again only for a new version of its record or a new minute: "show more" and
 * a new answer of the query otherwise redrew every row already shown. (A class, not
 * preact/compat's memo: compat adds 2 kB gzip to the dashboard's first load.)
 */
class PersonRow extends Component<RowProps> {
  override shouldComponentUpdate(next: RowProps): boolean {
    return next.now !== this.props.now || !sameVersion(next.p, this.props.p);
  }

  override render() {
    return <PersonRowView {...this.props} />;
  }
}

function PersonRowView({ p, now }: RowProps) {
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
  const state = useSignal(readListState(hashQuery()));
  const s = state.value;
  const update = (change: Partial<ListState>) => {
    // A new filter starts again from the first page; "show more" keeps the filters.
    state.value = { ...state.value, show: PAGE, ...change };
  };
  useEffect(() => {
    replaceHashQuery(listQuery(s));
    rememberList(s);
  }, [s]);
  // Back and forward between two lists, or "People" in the navigation, change the address only.
  useEffect(() => {
    const follow = () => {
      const shown = readListState(hashQuery());
      if (listQuery(shown) !== listQuery(state.peek())) state.value = shown;
    };
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const filter = {
    status: s.status,
    q: s.q,
    ...(s.direction ? { direction: s.direction } : {}),
    ...(s.tag.trim() ? { tag: s.tag.trim().toLowerCase() } : {}),
    sort: s.sort,
  };
  const due = s.onlyDue;
  // The moment is read when the query runs, never put in its key: a key that changes on every
  // render starts a new query on every render, and none of them gets to show its answer.
  const people = useLiveKept(
    () => listPeople({ ...filter, ...(due ? { due: { now: new Date(), timeZone: systemTimeZone() } } : {}) }, s.show + 1),
    [JSON.stringify(filter), due, s.show],
    undefined,
  );
  const filtered = Boolean(s.q || s.direction || s.tag || s.onlyDue);
  const rows = people.value;
  const now = thisMinute();
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
        {STATUS_TABS.map(([key, label]) => (
          <button key={key} type="button" class="btn btn-quiet tab" aria-pressed={s.status === key} onClick={() => update({ status: key })}>
            {label}
          </button>
        ))}
      </fieldset>
      <fieldset class="filters row">
        <legend class="visually-hidden">Filter people</legend>
        <label class="field grow">
          <span>Name</span>
          <input type="search" value={s.q} onInput={(e) => update({ q: e.currentTarget.value })} data-testid="people-search" />
        </label>
        <label class="field">
          <span>Direction</span>
          <select value={s.direction} onChange={(e) => update({ direction: e.currentTarget.value as Direction | '' })}>
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
          <input value={s.tag} onInput={(e) => update({ tag: e.currentTarget.value })} size={10} />
        </label>
        <label class="field">
          <span>Sort</span>
          <select value={s.sort} onChange={(e) => update({ sort: e.currentTarget.value as ListState['sort'] })}>
            <option value="name">By name</option>
            <option value="due">Most overdue first</option>
          </select>
        </label>
        <label class="check">
          <input type="checkbox" checked={s.onlyDue} onChange={(e) => update({ onlyDue: e.currentTarget.checked })} /> Only due now
        </label>
      </fieldset>
      {rows === undefined ? null : rows.length === 0 && filtered ? (
        <p class="muted">Nobody matches these filters.</p>
      ) : rows.length === 0 ? (
        <div class="empty card">
          {s.status === 'active' ? (
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
            <p class="muted">Nobody is {s.status} right now.</p>
          )}
        </div>
      ) : (
        <>
          <ul class="people-list" aria-label={`${s.status} people`} data-testid="people-list">
            {rows.slice(0, s.show).map((p) => (
              <PersonRow key={p.id} p={p} now={now} />
            ))}
          </ul>
          {rows.length > s.show && (
            <button type="button" class="btn" onClick={() => (state.value = { ...s, show: s.show + PAGE })}>
              Show {plural(PAGE, 'more person', 'more people')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
