import type { ReadonlySignal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { plural } from '../../lib/format/relative';
import type { Actions } from './actions';
import { type NewtabData, writeSnapshot } from './data';
import { WIDGETS, type WidgetId } from './registry';
import { BalanceWidget } from './widgets/BalanceWidget';
import { CueWidget } from './widgets/CueWidget';
import { DueWidget } from './widgets/DueWidget';
import { GoalsWidget } from './widgets/GoalsWidget';
import { InsightsWidget } from './widgets/InsightsWidget';
import { NextWidget } from './widgets/NextWidget';
import { PromptWidget } from './widgets/PromptWidget';
import { StreakWidget } from './widgets/StreakWidget';
import type { WidgetProps } from './widgets/types';

const VIEWS: Record<WidgetId, FunctionComponent<WidgetProps>> = {
  prompt: PromptWidget,
  cue: CueWidget,
  due: DueWidget,
  next: NextWidget,
  goals: GoalsWidget,
  balance: BalanceWidget,
  insights: InsightsWidget,
  streak: StreakWidget,
};

type Live = { data: ReadonlySignal<NewtabData | undefined>; actions: Actions };

function Widget({ id, props }: { id: WidgetId; props: WidgetProps }) {
  const View = VIEWS[id];
  const meta = WIDGETS.find((w) => w.id === id);
  return (
    <section class={`card widget widget-${id}`} aria-labelledby={`w-${id}`} data-widget={id}>
      <h2 id={`w-${id}`} class="widget-title">
        {meta?.title}
      </h2>
      <View {...props} />
    </section>
  );
}

function Welcome({ data, act }: WidgetProps) {
  return (
    <div class="welcome">
      <section class="card" aria-labelledby="welcome-title">
        <h1 id="welcome-title">Welcome to Teachback</h1>
        <p class="lead">
          A quiet place to grow through the people around you — above, beside and below you, and outside your organisation — and to give
          back as you go.
        </p>
        <ol class="steps">
          <li>
            <a href="/options.html#/people/new">Add one person</a> you learned from this month, and what you could teach them in return.
          </li>
          <li>
            <a href="/options.html#/library/lesson/network-of-mentors">Read why one mentor is not enough</a> (three minutes).
          </li>
          <li>Answer the question below in a line. That is the whole habit.</li>
        </ol>
      </section>
      {data.prompt && <Widget id="prompt" props={{ data, act }} />}
    </div>
  );
}

/** The new tab: painted from the last snapshot at once, then live from the store. */
export function NewtabPage({ snapshot }: { snapshot?: NewtabData }) {
  const [live, setLive] = useState<Live>();
  useEffect(() => {
    void import('./live').then((m) => m.start()).then(setLive);
  }, []);
  const fresh = live?.data.value;
  useEffect(() => {
    if (!fresh) return;
    requestAnimationFrame(() => {
      if (performance.getEntriesByName('tb:fresh-data').length === 0) performance.mark('tb:fresh-data');
      writeSnapshot(fresh, document.getElementById('app')?.innerHTML ?? '');
    });
  }, [fresh]);
  const data = fresh ?? snapshot;
  if (!data) return <main class="newtab" aria-busy="true" />;
  const props = { data, act: live?.actions };
  return (
    <main class="newtab">
      <header class="newtab-head">
        <p class="newtab-brand">Teachback</p>
        <p class="muted" data-testid="active-count">
          {data.activeCount === 0 ? 'No one in your network yet' : `${plural(data.activeCount, 'person', 'people')} in your network`}
        </p>
        <nav class="row" aria-label="Teachback">
          <a class="btn btn-quiet" href="/options.html#/people">
            Dashboard
          </a>
          <a class="btn btn-quiet" href="/options.html#/settings">
            Customise
          </a>
        </nav>
      </header>
      {data.activeCount === 0 ? (
        <Welcome {...props} />
      ) : (
        <div class="widgets">
          {data.layout
            .filter((w) => !w.hidden)
            .map((w) => (
              <Widget key={w.id} id={w.id} props={props} />
            ))}
        </div>
      )}
    </main>
  );
}
