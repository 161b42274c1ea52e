// The review and the plan as Markdown, to paste into a review form or a document. Made from
// the shared view only, so whatever the user left out or hid is not in it.
import { dayKey } from '../model/calendar';
import { DIRECTION_LABEL } from '../model/directions';
import { DIRECTIONS } from '../model/types';
import type { SharedPlanGoal } from './plan';
import type { SharedReview } from './share';

// User text on one line, with nothing that would start a heading or a list inside it.
const line = (text: string) => text.replace(/\s+/g, ' ').trim();
const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function network(r: SharedReview): string[] {
  const rows = DIRECTIONS.map((d) => {
    const f = r.directions[d];
    return `| ${DIRECTION_LABEL[d]} | ${f.atStart} | ${f.started} | ${f.ended} | ${f.atEnd} | ${f.met} |`;
  });
  return [
    '## Your 360° network',
    '',
    '| Direction | At the start | Started | Ended | At the end | Met |',
    '| --- | --: | --: | --: | --: | --: |',
    ...rows,
  ];
}

function activity(r: SharedReview): string[] {
  const t = r.totals;
  return [
    '## Meetings and contacts',
    '',
    `${count(t.meetings, 'meeting')} (${count(Math.round(t.minutes / 60), 'hour')}) and ${count(t.contacts, 'quick contact')} with ${count(t.peopleMet, 'person', 'people')}.`,
    '',
    '| Month | Meetings | Contacts |',
    '| --- | --: | --: |',
    ...r.months.map((m) => `| ${m.label} | ${m.meetings} | ${m.contacts} |`),
  ];
}

function learned(r: SharedReview): string[] {
  const out = [
    '## What you learned, and from whom',
    '',
    `${count(r.totals.insights, 'insight')} kept, ${count(r.totals.kept, 'agreement')} you kept.`,
    '',
  ];
  for (const p of r.learned) {
    out.push(`- **${line(p.who)}** (${count(p.meetings, 'conversation')})${p.learnFrom ? `: ${line(p.learnFrom)}` : ''}`);
    for (const i of p.insights) out.push(`  - ${line(i)}`);
  }
  if (r.learnedMore) out.push(`- and ${count(r.learnedMore, 'other person', 'other people')}`);
  if (r.kept.length)
    out.push('', 'Agreements kept:', '', ...r.kept.map((k) => `- ${line(k.text)}${k.who ? ` (with ${line(k.who)})` : ''}`));
  return out;
}

function taught(r: SharedReview): string[] {
  const out = [
    '## What you taught back, and to whom',
    '',
    `Their talking points covered: ${r.taughtTotals.points.toLocaleString('en')}. Their actions seen through: ${r.taughtTotals.helped.toLocaleString('en')}.`,
    '',
  ];
  for (const p of r.taught) {
    const what = [...p.examples, ...p.helped].map(line).join('; ');
    out.push(`- **${line(p.who)}**${p.teachBack ? ` (you offered: ${line(p.teachBack)})` : ''}${what ? `: ${what}` : ''}`);
  }
  if (r.taughtMore) out.push(`- and ${count(r.taughtMore, 'other person', 'other people')}`);
  return out;
}

function goals(r: SharedReview): string[] {
  const out = ['## Goals', ''];
  for (const g of r.goals) {
    out.push(`- **${line(g.title)}**: ${g.start}% → ${g.end}%${g.helpers.length ? ` (with ${g.helpers.map(line).join(', ')})` : ''}`);
    for (const u of g.updates) if (u.note) out.push(`  - ${dayKey(u.at, r.timeZone)}, ${u.progress}%: ${line(u.note)}`);
  }
  if (!r.goals.length) out.push('No goals in this period.');
  return out;
}

function reflections(r: SharedReview): string[] {
  return [
    '## Reflections',
    '',
    `${count(r.totals.reflections, 'reflection')} written.`,
    '',
    ...r.reflections.map((x) => `- ${x.label}: ${x.count}`),
  ];
}

function lessons(r: SharedReview): string[] {
  const list = (rows: Array<{ title: string }>) => (rows.length ? rows.map((l) => line(l.title)).join(', ') : 'none');
  return ['## Lessons', '', `- Read: ${list(r.lessons.read)}`, `- Tried: ${list(r.lessons.tried)}`];
}

const SECTION_TEXT = { network, activity, learned, taught, goals, reflections, lessons };

export function reviewMarkdown(r: SharedReview): string {
  const parts = [[`# ${r.title}`, '', r.period]];
  for (const [id, make] of Object.entries(SECTION_TEXT)) if (r.sections.has(id as keyof typeof SECTION_TEXT)) parts.push(make(r));
  return `${parts.map((p) => p.join('\n')).join('\n\n')}\n`;
}

export function planMarkdown(goals: SharedPlanGoal[], today: string, timeZone: string): string {
  const out = ['# Development plan', '', `As of ${today}.`];
  for (const g of goals) {
    out.push('', `## ${line(g.title)}`, '', `- Progress: ${g.progress}%`);
    if (g.measure) out.push(`- Success looks like: ${line(g.measure)}`);
    if (g.targetDate) out.push(`- Target date: ${g.targetDate}`);
    if (g.helpers.length) out.push(`- Who helps: ${g.helpers.map(line).join(', ')}`);
    if (g.lastNote) out.push(`- Latest note: ${line(g.lastNote)}`);
    if (g.actions.length) {
      out.push('- Next actions:');
      for (const a of g.actions)
        out.push(
          `  - ${line(a.text)} (${a.owner === 'me' ? 'you' : (a.who ?? 'them')}${a.dueAt ? `, by ${dayKey(a.dueAt, timeZone)}` : ''})`,
        );
    }
  }
  if (!goals.length) out.push('', 'No active goals yet.');
  return `${out.join('\n')}\n`;
}
