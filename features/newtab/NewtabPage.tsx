import { type FunctionComponent, render } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { ReadFailures } from '../../components/ReadFailures';
import { networkLine } from '../../lib/model/people-counts';
import { WIDGETS, type WidgetId } from '../../lib/model/widgets';
import { saveFirstFrame } from '../../lib/ui/first-frame';
import type { Actions } from './actions';
import type { NewtabData } from './data';
import type { Live } from './live';
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
        <h2 id="welcome-title">Welcome to Teachback</h2>
        <p class="lead">
          A quiet place to grow through the people around you — above, beside and below you, and outside your organisation — and to give
          back as you go.
        </p>
        <ol class="steps">
          <li>
            <a href="/options.html#/people/new">Add one person</a> you learned from this month, and what you could teach them in return — or{' '}
            <a href="/options.html#/people/import">bring in several from your contacts</a>, and{' '}
            <a href="/options.html#/people/calendar">their meetings from your calendar</a>.
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

let keeping = Promise.resolve();

/** The new tab, live from the store; each render is kept as the next tab's first frame. */
export function NewtabPage({ live }: { live: Live }) {
  const data = live.data.value;
  useLayoutEffect(() => {
    // The next frame is the first with fresh data: the benchmark reads this mark.
    requestAnimationFrame(() => {
      if (performance.getEntriesByName('tb:fresh-data').length === 0) performance.mark('tb:fresh-data');
      setTimeout(() => {
        // Saved at once, so a tab closed quickly still leaves it (settling the next picks waits for Dexie).
        saveFirstFrame('newtab', document.getElementById('app')?.innerHTML ?? '');
        // One at a time: two settling the next pick at once could store one and save the other.
        // A failure costs only that snapshot, not the ones after it.
        keeping = keeping.then(() => keepNextTab(live.actions, data)).catch(() => {});
      }, 0);
    });
  }, [data]);
  return <NewtabView data={data} act={live.actions} />;
}

/**
 * With "change on every tab", the next tab will show another prompt and cue: its first frame
 * is this page rendered with those, saved over the one above.
 */
async function keepNextTab(act: Actions, shown: NewtabData): Promise<void> {
  const next = await act.nextTab(shown).catch(() => undefined);
  if (!next) return;
  const box = document.createElement('div');
  render(<NewtabView data={next} act={act} />, box);
  saveFirstFrame('newtab', box.innerHTML);
  render(null, box);
}

export function NewtabView({ data, act }: WidgetProps) {
  const props = { data, act };
  return (
    <main class="newtab">
      <header class="newtab-head">
        <h1 class="newtab-brand">Teachback</h1>
        <p class="muted" data-testid="active-count">
          {networkLine(data.activeCount, data.everyone)}
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
      <ReadFailures />
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

/** Shown in place of the snapshot if the store cannot be read at all. */
export function NewtabError({ error }: { error: unknown }) {
  return (
    <main class="newtab">
      <section class="card" role="alert">
        <h1>Teachback could not read your data</h1>
        <p>{error instanceof Error ? error.message : String(error)}</p>
        <p>
          <a href="/options.html#/data">Open your data settings</a> to export a backup or restore a snapshot.
        </p>
      </section>
    </main>
  );
}
