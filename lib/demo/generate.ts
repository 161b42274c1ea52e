// A deterministic, realistic network for demos, tests and benchmarks: the same seed, sizes
// and `now` always give the same backup document.
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupV1 } from '../backup/schema';
import { DEFAULT_CADENCE } from '../model/cadence';
import type {
  ActionItem,
  Assessment,
  Collection,
  Direction,
  Goal,
  Insight,
  Meeting,
  Person,
  Reflection,
  Resource,
  UserPrompt,
} from '../model/types';
import { type Random, seededRandom } from '../random';
import * as W from './words';

export interface DemoOptions {
  seed?: number;
  people?: number;
  meetings?: number;
  now?: Date;
}

const DAY = 86_400_000;
const DIRECTION_SHARE: Array<[Direction, number]> = [
  ['up', 0.22],
  ['peer', 0.38],
  ['down', 0.26],
  ['outside', 0.14],
];

function direction(i: number, n: number, r: Random): Direction {
  // The first few people cover every direction so even a tiny network shows a full circle.
  if (i < DIRECTION_SHARE.length && n >= 8) return DIRECTION_SHARE[i]?.[0] as Direction;
  const x = r.next();
  let edge = 0;
  for (const [d, share] of DIRECTION_SHARE) {
    edge += share;
    if (x < edge) return d;
  }
  return 'peer';
}

function makePerson(i: number, n: number, r: Random, now: number): Person {
  const dir = direction(i, n, r);
  const base = DEFAULT_CADENCE[dir];
  const stretch = r.pick([0.75, 1, 1, 1.5]);
  const cadence = { idealDays: Math.round(base.idealDays * stretch), maxDays: Math.round(base.maxDays * stretch) };
  const startedAt = new Date(now - r.int(40, 900) * DAY).toISOString();
  const status = r.chance(0.86) ? 'active' : r.chance(0.5) ? 'paused' : 'ended';
  const person: Person = {
    id: r.id(),
    name: `${r.pick(W.FIRST_NAMES)} ${r.pick(W.LAST_NAMES)}`,
    direction: dir,
    role: r.pick(W.ROLES[dir]),
    learnFrom: r.pick(W.LEARN_FROM),
    teachBack: r.chance(0.8) ? r.pick(W.TEACH_BACK) : '',
    tags: [r.pick(W.TAGS)],
    cadence,
    whoSchedules: r.pick(['me', 'them', 'either'] as const),
    status,
    startedAt,
    createdAt: startedAt,
    updatedAt: startedAt,
  };
  if (status === 'ended') person.endedAt = new Date(now - r.int(1, 30) * DAY).toISOString();
  if (r.chance(0.3)) person.plannedEndAt = new Date(now + r.int(10, 200) * DAY).toISOString();
  return person;
}

function heldMeeting(person: Person, at: number, r: Random): Meeting {
  const iso = new Date(at).toISOString();
  const kind = r.chance(0.7) ? 'meeting' : r.pick(['call', 'message', 'chat'] as const);
  const m: Meeting = { id: r.id(), personId: person.id, at: iso, kind, status: 'held', createdAt: iso, updatedAt: iso };
  if (kind !== 'meeting') return m;
  m.minutes = r.pick([30, 45, 60]);
  m.agenda = [
    { text: r.pick(W.AGENDA), from: 'me', done: true },
    { text: r.pick(W.AGENDA), from: 'them', done: r.chance(0.7) },
  ];
  m.notes = `**Talked about** ${r.pick(W.AGENDA).toLowerCase()}.\n\n- ${r.pick(W.INSIGHTS)}`;
  m.agreements = [r.pick(W.AGREEMENTS)];
  m.rapport = r.int(3, 5);
  return m;
}

/** Spreads `count` meetings over `people` (every person gets about the same share). */
function makeMeetings(people: Person[], count: number, r: Random, now: number): Meeting[] {
  const meetings: Meeting[] = [];
  if (people.length === 0) return meetings;
  const per = Math.floor(count / people.length);
  let extra = count - per * people.length;
  for (const p of people) {
    const n = per + (extra-- > 0 ? 1 : 0);
    if (n === 0) continue;
    const { idealDays, maxDays } = p.cadence ?? DEFAULT_CADENCE[p.direction];
    // Recency spread so a demo has people who are fine, due, and overdue.
    const sinceLast = Math.floor(r.next() ** 1.3 * maxDays * 1.5);
    const planned = p.status === 'active' && r.chance(0.12) && n > 1;
    let at = now - sinceLast * DAY - r.int(8, 18) * 3_600_000;
    for (let k = planned ? 1 : 0; k < n; k++) {
      meetings.push(heldMeeting(p, at, r));
      at -= Math.max(1, Math.round(idealDays * (0.6 + r.next()))) * DAY;
    }
    if (planned) {
      const when = new Date(now + r.int(1, 10) * DAY + r.int(9, 16) * 3_600_000).toISOString();
      meetings.push({
        id: r.id(),
        personId: p.id,
        at: when,
        kind: 'meeting',
        status: 'planned',
        minutes: 60,
        agenda: [{ text: r.pick(W.AGENDA), from: 'me' }],
        createdAt: new Date(now).toISOString(),
      });
    }
  }
  return meetings;
}

function latestHeld(meetings: Meeting[]): Map<string, Meeting> {
  const last = new Map<string, Meeting>();
  for (const m of meetings) {
    if (m.status !== 'held') continue;
    const prev = last.get(m.personId);
    if (!prev || m.at > prev.at) last.set(m.personId, m);
  }
  return last;
}

/**
 * `text`, or the next one in the list not yet agreed at this meeting: one meeting agreeing the
 * same thing twice looks like a bug. Takes no extra random draw, so the rest of the demo stays.
 */
function distinct(text: string, agreed: Set<string>): string {
  const list: readonly string[] = W.ACTIONS;
  const at = list.indexOf(text);
  const free = [...list.slice(at), ...list.slice(0, at)].find((t) => !agreed.has(t)) ?? text;
  agreed.add(free);
  return free;
}

function makeActions(last: Map<string, Meeting>, r: Random, now: number): ActionItem[] {
  const actions: ActionItem[] = [];
  for (const m of last.values()) {
    if (m.kind !== 'meeting') continue;
    const agreed = new Set<string>();
    for (let k = r.int(0, 3); k > 0; k--) {
      const due = Date.parse(m.at) + r.int(3, 21) * DAY;
      const a: ActionItem = {
        id: r.id(),
        text: distinct(r.pick(W.ACTIONS), agreed),
        owner: r.pick(['me', 'them'] as const),
        personId: m.personId,
        meetingId: m.id,
        dueAt: new Date(due).toISOString(),
        createdAt: m.at,
      };
      if (due < now && r.chance(0.5)) a.doneAt = new Date(Math.min(due, now - DAY)).toISOString();
      actions.push(a);
    }
  }
  return actions;
}

function makeGoals(people: Person[], r: Random, now: number): Goal[] {
  return W.GOALS.map((g, i) => {
    const status = i < 4 ? 'active' : i < 6 ? 'done' : 'dropped';
    const created = now - r.int(60, 300) * DAY;
    const steps = r.int(1, 4);
    const history = Array.from({ length: steps }, (_, k) => ({
      at: new Date(created + ((k + 1) * (now - created)) / (steps + 1)).toISOString(),
      progress: status === 'done' && k === steps - 1 ? 100 : Math.round(((k + 1) / (steps + 1)) * r.int(50, 90)),
    }));
    const helperIds = people.length ? Array.from(new Set([r.pick(people).id, r.pick(people).id])) : [];
    return {
      id: r.id(),
      title: g.title,
      measure: g.measure,
      status,
      progress: history.at(-1)?.progress ?? 0,
      history,
      helperIds,
      targetDate: new Date(now + r.int(30, 240) * DAY).toISOString().slice(0, 10),
      createdAt: new Date(created).toISOString(),
      updatedAt: new Date(now - DAY).toISOString(),
    };
  });
}

function extras(people: Person[], r: Random, now: number) {
  const ago = (d: number) => new Date(now - d * DAY).toISOString();
  const someone = () => (people.length ? r.pick(people).id : undefined);
  const withPerson = <T extends object>(o: T) => {
    const personId = someone();
    return personId ? { ...o, personId } : o;
  };
  const reflections: Reflection[] = Array.from({ length: Math.min(40, 4 + people.length) }, (_, i) => {
    const id = r.id();
    const at = ago(i * 2 + r.next());
    const { promptId, prompt, text } = r.pick(W.REFLECTIONS);
    return withPerson({ id, at, text, promptId, promptText: prompt });
  });
  const insights: Insight[] = W.INSIGHTS.map((text, i) =>
    withPerson({ id: r.id(), text, createdAt: ago(20 + i), dueAt: ago(i % 2 ? -i : i) }),
  );
  const resources: Resource[] = W.PAGES.map((p, i) => ({
    id: r.id(),
    kind: 'page' as const,
    title: p.title,
    url: p.url,
    savedAt: ago(i * 5),
    personIds: people.length ? [r.pick(people).id] : [],
  }));
  const collections: Collection[] = [
    {
      id: r.id(),
      title: 'Starting out as a mentor',
      note: 'What helped me in my first year of mentoring.',
      resourceIds: resources.slice(0, 3).map((x) => x.id),
      createdAt: ago(10),
      updatedAt: ago(3),
    },
  ];
  const assessments: Assessment[] = [
    { id: r.id(), kind: 'mentor', at: ago(120), score: 48, band: 'Getting ready' },
    { id: r.id(), kind: 'mentor', at: ago(20), score: 71, band: 'Ready' },
    { id: r.id(), kind: 'mentee', at: ago(60), score: 82, band: 'Ready' },
  ];
  const prompts: UserPrompt[] = [
    { id: r.id(), text: 'Who did I help this week without being asked?', createdAt: ago(30) },
    { id: r.id(), text: 'What am I avoiding asking my manager?', createdAt: ago(12) },
  ];
  return { reflections, insights, resources, collections, assessments, prompts };
}

/** A v1 backup holding a whole demo network. */
export function generateDemo(options: DemoOptions = {}): BackupV1 {
  const { seed = 42, people: nPeople = 40, meetings: nMeetings = nPeople * 8, now: nowDate = new Date() } = options;
  const r = seededRandom(seed);
  const now = nowDate.getTime();
  const people = Array.from({ length: nPeople }, (_, i) => makePerson(i, nPeople, r, now));
  const meetings = makeMeetings(people, nMeetings, r, now);
  const last = latestHeld(meetings);
  for (const p of people) {
    const m = last.get(p.id);
    if (m) p.lastContactAt = m.at;
  }
  const actions = makeActions(last, r, now);
  const goals = makeGoals(people, r, now);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: nowDate.toISOString(),
    data: { people, goals, meetings, actions, ...extras(people, r, now) } as unknown as BackupV1['data'],
  };
}
