import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { loadBundledLibrary } from '../../components/library/use-library';
import { useLoaded } from '../../lib/live/use-loaded';
import { dayKey, systemTimeZone } from '../../lib/model/calendar';
import { reviewInWorker } from '../../lib/review/client';
import { reviewMarkdown } from '../../lib/review/markdown';
import { customPeriod, last12Months, lastQuarter, type Period, type PeriodKind } from '../../lib/review/period';
import { SHARE_ALL, type Sharing, shareReview } from '../../lib/review/share';
import { Export } from './Export';
import { PlanPage } from './PlanPage';
import { ReviewDocument } from './ReviewDocument';
import { ShareControls } from './ShareControls';
import './review.css';

const KINDS: Array<[PeriodKind, string]> = [
  ['year', 'Last 12 months'],
  ['quarter', 'Last quarter'],
  ['custom', 'A range you choose'],
];

async function lessonTitles(): Promise<Map<string, string>> {
  const library = await loadBundledLibrary();
  return new Map(library.lessons.map((l) => [l.id, l.title]));
}

function PeriodPicker({
  kind,
  from,
  to,
  error,
}: {
  kind: { value: PeriodKind };
  from: { value: string };
  to: { value: string };
  error?: string;
}) {
  return (
    <div class="stack review-controls">
      <fieldset class="tabs">
        <legend class="visually-hidden">Period</legend>
        {KINDS.map(([k, label]) => (
          <button key={k} type="button" class="btn btn-quiet tab" aria-pressed={kind.value === k} onClick={() => (kind.value = k)}>
            {label}
          </button>
        ))}
      </fieldset>
      {kind.value === 'custom' && (
        <div class="row">
          <label class="field">
            <span>First day</span>
            <input type="date" value={from.value} onInput={(e) => (from.value = e.currentTarget.value)} />
          </label>
          <label class="field">
            <span>Last day</span>
            <input type="date" value={to.value} onInput={(e) => (to.value = e.currentTarget.value)} />
          </label>
          {error && (
            <p class="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}

function pickPeriod(kind: PeriodKind, from: string, to: string, now: Date, zone: string): Period | { error: string } {
  if (kind === 'quarter') return lastQuarter(now, zone);
  if (kind === 'year') return last12Months(now, zone);
  return customPeriod(from, to, zone);
}

function Review() {
  const zone = systemTimeZone();
  const now = useMemo(() => new Date(), []);
  const kind = useSignal<PeriodKind>('year');
  const year = last12Months(now, zone);
  const from = useSignal(year.fromDay);
  const to = useSignal(year.toDay);
  const sharing = useSignal<Sharing>(SHARE_ALL);
  const picked = pickPeriod(kind.value, from.value, to.value, now, zone);
  const period = 'error' in picked ? undefined : picked;
  const loaded = useLoaded(
    async () => (period ? reviewInWorker({ period, lessonTitles: await lessonTitles() }) : undefined),
    [period?.from, period?.to],
  );
  const shared = loaded && shareReview(loaded.review, loaded.people, sharing.value);
  const people = loaded ? [...loaded.people.values()].sort((a, b) => a.name.localeCompare(b.name)) : [];
  return (
    <section class="page review-page" aria-labelledby="review-title">
      <header class="page-head review-controls">
        <h1 id="review-title">Your mentoring review</h1>
        <a href="#/review/plan">Development plan</a>
      </header>
      <p class="muted review-controls">
        What you learned and taught, and from and to whom, ready for a review conversation. Choose what to share; it stays in your browser
        until you export it.
      </p>
      <PeriodPicker kind={kind} from={from} to={to} error={'error' in picked ? picked.error : undefined} />
      {!shared ? (
        <p class="muted" role="status">
          {period ? 'Reading your records for this period…' : 'Pick a period to see its review.'}
        </p>
      ) : (
        <div class="review-layout">
          <div class="stack">
            {shared.totals.meetings + shared.totals.contacts === 0 && (
              <p class="note review-controls">
                Nothing was recorded in this period yet. The meetings and quick contacts you log from the popup or the new tab fill this
                review as you go.
              </p>
            )}
            <ReviewDocument r={shared} />
          </div>
          <aside class="review-share card stack review-controls" aria-label="Share and export">
            <ShareControls sharing={sharing} people={people} goals={loaded.review.goals} />
            <Export markdown={() => reviewMarkdown(shared)} filename={`mentoring-review-${dayKey(now, zone)}.md`} />
          </aside>
        </div>
      )}
    </section>
  );
}

/** The review (`#/review`) and the development plan (`#/review/plan`). */
export function ReviewPage({ view }: { view?: string }) {
  return view === 'plan' ? <PlanPage /> : <Review />;
}
