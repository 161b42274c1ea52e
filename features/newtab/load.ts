// Reads exactly what the visible widgets show: every query indexed and bounded.

import { balanceNudge } from '../../lib/model/balance';
import { dueInfo, dueText } from '../../lib/model/due';
import { computeStreak } from '../../lib/model/streak';
import { normalizeLayout, type WidgetId } from '../../lib/model/widgets';
import { BANK, CUES } from '../../lib/prompts/bank';
import { ownPromptId } from '../../lib/prompts/pool-id';
import type { RotationState } from '../../lib/prompts/rotation';
import {
  activeBetween,
  activeCounts,
  activeGoals,
  dueInsights,
  dueNow,
  getPerson,
  openActions,
  peopleByIds,
  readSettings,
  upcomingMeetings,
} from '../../lib/reads/queries';
import type { Reader } from '../../lib/reads/reader';
import { SETTINGS } from '../../lib/settings/registry';
import type { NewtabData } from './data';
import { promptPool, type RotationPlan } from './rotation-read';

const DAY = 86_400_000;
const SOON_DAYS = 3;

async function currentPrompt(r: Reader, state: RotationState | undefined): Promise<NewtabData['prompt']> {
  const id = state?.current?.id;
  if (!id) return undefined;
  const p = ownPromptId(id) !== undefined ? (await promptPool(r)).find((x) => x.id === id) : BANK.find((x) => x.id === id);
  return p && { id: p.id, text: p.text, ...(p.lesson ? { lesson: p.lesson } : {}) };
}

async function currentCue(r: Reader, state: RotationState | undefined): Promise<NewtabData['cue']> {
  const key = state?.current?.id;
  if (!key) return undefined;
  const [personId = '', cueId = ''] = key.split(':');
  const person = await getPerson(r, personId);
  if (!person || (person.status ?? 'active') !== 'active') return undefined;
  const first = person.name.split(' ')[0] ?? person.name;
  const bank = CUES.find((c) => c.id === cueId);
  const text =
    cueId === 'own' ? `Offer ${first} what you can teach back: ${person.teachBack ?? ''}` : bank?.text.replaceAll('{name}', first);
  if (!text) return undefined;
  return {
    key,
    personId,
    name: person.name,
    direction: person.direction,
    text,
    ...(bank?.lesson ? { lesson: bank.lesson } : {}),
    added: !!person.pendingPoints?.some((p) => p.text === text),
  };
}

async function due(r: Reader, now: Date, timeZone: string): Promise<NewtabData['due']> {
  const people = await dueNow(r, now, timeZone, 8, SOON_DAYS);
  return people.flatMap((p) => {
    const info = dueInfo(p, now, timeZone, SOON_DAYS);
    if (info.state === 'fine') return [];
    return [
      {
        id: p.id,
        name: p.name,
        direction: p.direction,
        state: info.state,
        text: dueText(info),
        ...(p.lastContactAt ? { lastContactAt: p.lastContactAt } : {}),
      },
    ];
  });
}

async function nextUp(r: Reader, now: Date): Promise<Pick<NewtabData, 'meetings' | 'actions'>> {
  const [meetings, mine, theirs] = await Promise.all([upcomingMeetings(r, now, 5), openActions(r, 6, 'me'), openActions(r, 4, 'them')]);
  const week = meetings.filter((m) => Date.parse(m.at) <= now.getTime() + 7 * DAY);
  const actions = [...mine, ...theirs].slice(0, 8);
  const names = await peopleByIds(r, [...week.map((m) => m.personId), ...actions.flatMap((a) => (a.personId ? [a.personId] : []))]);
  return {
    meetings: week.map((m) => ({ id: m.id, personId: m.personId, name: names.get(m.personId)?.name ?? 'Someone', at: m.at })),
    actions: actions.map((a) => ({
      id: a.id,
      text: a.text,
      owner: a.owner,
      overdue: !!a.dueAt && Date.parse(a.dueAt) < now.getTime(),
      ...(a.dueAt ? { dueAt: a.dueAt } : {}),
      ...(a.personId && names.get(a.personId) ? { name: names.get(a.personId)?.name } : {}),
    })),
  };
}

async function insight(r: Reader, now: Date): Promise<NewtabData['insight']> {
  const due = await dueInsights(r, now, 21);
  const first = due[0];
  if (!first) return undefined;
  const person = first.personId ? await getPerson(r, first.personId) : undefined;
  return { id: first.id, text: first.text, dueCount: due.length, ...(person ? { name: person.name } : {}) };
}

/**
 * Everything the visible widgets need, through `r`: Dexie for the live query (inside one
 * read-only transaction), or IndexedDB directly for the first render.
 */
export async function loadNewtab(r: Reader, now: Date, timeZone: string): Promise<NewtabData> {
  const [[saved, promptShown, cueShown], counts] = await Promise.all([
    readSettings(r, [SETTINGS.layout, SETTINGS.promptShown, SETTINGS.cueShown]),
    activeCounts(r),
  ]);
  const layout = normalizeLayout(saved);
  const on = (id: WidgetId) => layout.some((w) => w.id === id && !w.hidden);
  const [prompt, cue, dueList, next, goals, ins, streak] = await Promise.all([
    on('prompt') ? currentPrompt(r, promptShown) : undefined,
    on('cue') ? currentCue(r, cueShown) : undefined,
    on('due') ? due(r, now, timeZone) : [],
    on('next') ? nextUp(r, now) : { meetings: [], actions: [] },
    on('goals') ? activeGoals(r) : [],
    on('insights') ? insight(r, now) : undefined,
    on('streak') ? computeStreak(now, timeZone, (from, to) => activeBetween(r, from, to)) : undefined,
  ]);
  const nudge = balanceNudge(counts.byDirection);
  const base = {
    activeCount: counts.total,
    everyone: counts.everyone,
    layout,
    due: dueList,
    ...next,
    goals: { active: goals.slice(0, 6).map((g) => ({ id: g.id, title: g.title, progress: g.progress ?? 0 })), count: goals.length },
    balance: { counts: counts.byDirection, ...(nudge ? { nudge: nudge.text } : {}) },
  };
  return glance(base, { prompt, cue, insight: ins, streak });
}

type Optional = Pick<NewtabData, 'prompt' | 'cue' | 'insight' | 'streak'>;

// The parts that may be absent, always in this order: live.ts compares data by its JSON.
function glance(base: Omit<NewtabData, keyof Optional>, parts: Optional): NewtabData {
  const { prompt, cue, insight, streak } = parts;
  return {
    ...base,
    ...(prompt ? { prompt } : {}),
    ...(cue ? { cue } : {}),
    ...(insight ? { insight } : {}),
    ...(streak ? { streak } : {}),
  };
}

/**
 * `data` with the prompt and cue a rotation `plan` (not stored yet) moves to: only those two
 * are read again, since nothing else on the page depends on the rotation.
 */
export async function withPlan(r: Reader, data: NewtabData, plan: RotationPlan): Promise<NewtabData> {
  const on = (id: WidgetId) => data.layout.some((w) => w.id === id && !w.hidden);
  const { prompt, cue, insight, streak, ...base } = data;
  const [nextPrompt, nextCue] = await Promise.all([
    plan.prompt && on('prompt') ? currentPrompt(r, plan.prompt) : prompt,
    plan.cue && on('cue') ? currentCue(r, plan.cue) : cue,
  ]);
  return glance(base, { prompt: nextPrompt, cue: nextCue, insight, streak });
}
