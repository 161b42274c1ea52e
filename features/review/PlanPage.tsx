import { useSignal } from '@preact/signals';
import { Time } from '../../components/Time';
import { useLive } from '../../lib/live/live-signal';
import { dayKey, systemTimeZone } from '../../lib/model/calendar';
import { planMarkdown } from '../../lib/review/markdown';
import { loadPlan, sharePlan } from '../../lib/review/plan';
import { SHARE_ALL } from '../../lib/review/share';
import { Export } from './Export';

// A target date is a calendar date (no time, no zone): shown as written.
const dateOnly = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** The active goals as a development plan, for a conversation with a manager or a mentor. */
export function PlanPage() {
  const plan = useLive(loadPlan, [], undefined);
  const hideNames = useSignal(false);
  const zone = systemTimeZone();
  const today = dayKey(new Date(), zone);
  if (!plan.value) return null;
  const goals = sharePlan(plan.value, { ...SHARE_ALL, hideAllNames: hideNames.value });
  return (
    <section class="page review-page" aria-labelledby="plan-title">
      <header class="page-head review-controls">
        <h1 id="plan-title">Development plan</h1>
        <a href="#/review">Mentoring review</a>
      </header>
      <div class="review-layout">
        <article class="review-doc" aria-labelledby="plan-doc-title">
          <header>
            <h2 id="plan-doc-title" class="doc-title">
              Development plan
            </h2>
            <p class="muted">As of {today}</p>
          </header>
          {goals.length === 0 && (
            <p class="muted">
              No active goals yet. <a href="#/goals">Add a goal</a> with a measure and a target date, and it appears here.
            </p>
          )}
          <ul class="plain-list stack" data-testid="plan-goals">
            {goals.map((g) => (
              <li key={g.id} class="review-section plan-goal">
                <h3>{g.title}</h3>
                <div class="row">
                  <div class="bar grow" aria-hidden="true">
                    <span style={{ width: `${g.progress}%` }} />
                  </div>
                  <span>{g.progress}%</span>
                </div>
                <dl class="plan-facts">
                  <dt>Success looks like</dt>
                  <dd>{g.measure ?? <span class="muted">No measure yet</span>}</dd>
                  <dt>Target date</dt>
                  <dd>
                    {g.targetDate ? (
                      <>
                        {dateOnly.format(new Date(g.targetDate))}{' '}
                        <span class="muted">
                          (<Time iso={g.targetDate} />)
                        </span>
                      </>
                    ) : (
                      <span class="muted">None set</span>
                    )}
                  </dd>
                  <dt>Who helps</dt>
                  <dd>{g.helpers.length ? g.helpers.join(', ') : <span class="muted">No one linked yet</span>}</dd>
                  {g.lastNote && (
                    <>
                      <dt>Latest note</dt>
                      <dd>{g.lastNote}</dd>
                    </>
                  )}
                  <dt>Next actions</dt>
                  <dd>
                    {g.actions.length ? (
                      <ul>
                        {g.actions.map((a, i) => (
                          <li key={i}>
                            {a.text}{' '}
                            <span class="muted">
                              · {a.owner === 'me' ? 'you' : (a.who ?? 'them')}
                              {a.dueAt && (
                                <>
                                  {', due '}
                                  <Time iso={a.dueAt} />
                                </>
                              )}
                            </span>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <span class="muted">None open</span>
                    )}
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        </article>
        <aside class="review-share card stack review-controls" aria-label="Share and export">
          <h2 class="h3">What to share</h2>
          <label class="check">
            <input type="checkbox" checked={hideNames.value} onChange={(e) => (hideNames.value = e.currentTarget.checked)} />
            Hide every name
          </label>
          <Export markdown={() => planMarkdown(goals, today, zone)} filename={`development-plan-${today}.md`} />
        </aside>
      </div>
    </section>
  );
}
