import { useSignal } from '@preact/signals';
import { useLive } from '../../lib/live/live-signal';
import { type Layout, moveWidget, normalizeLayout, toggleWidget, WIDGETS } from '../../lib/model/widgets';
import { BANK } from '../../lib/prompts/bank';
import { ownPromptId } from '../../lib/prompts/pool-id';
import type { Frequency } from '../../lib/prompts/rotation';
import { ownPromptTexts } from '../../lib/repos/prompts';
import { getSetting, setSetting } from '../../lib/repos/settings';
import { SETTINGS } from '../../lib/settings/registry';
import { currentTheme, setTheme, type Theme } from '../../lib/ui/theme';
import { WindowDaysField } from './WindowDaysField';
import './settings.css';

const FREQUENCIES: Array<[Frequency, string]> = [
  ['tab', 'Every new tab'],
  ['hour', 'Every hour'],
  ['day', 'Once a day'],
];

function WidgetSettings() {
  const layout = useLive(() => getSetting(SETTINGS.layout).then(normalizeLayout), [], undefined);
  const l = layout.value;
  if (!l) return null;
  const save = (next: Layout) => setSetting(SETTINGS.layout, next);
  return (
    <ol class="widget-settings" data-testid="widget-settings">
      {l.map((w, i) => {
        const meta = WIDGETS.find((x) => x.id === w.id);
        return (
          <li key={w.id}>
            <label class="check">
              <input type="checkbox" checked={!w.hidden} onChange={() => save(toggleWidget(l, w.id))} />
              <span>
                <strong>{meta?.title}</strong>
                <small class="muted">{meta?.hint}</small>
              </span>
            </label>
            <span class="row">
              <button
                type="button"
                class="btn btn-quiet"
                aria-label={`Move ${meta?.title} up`}
                disabled={i === 0}
                onClick={() => save(moveWidget(l, w.id, -1))}
              >
                ↑
              </button>
              <button
                type="button"
                class="btn btn-quiet"
                aria-label={`Move ${meta?.title} down`}
                disabled={i === l.length - 1}
                onClick={() => save(moveWidget(l, w.id, 1))}
              >
                ↓
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function PromptSettings() {
  const s = useLive(
    async () => {
      const hidden = await getSetting(SETTINGS.hiddenPrompts);
      return {
        frequency: await getSetting(SETTINGS.promptFrequency),
        windowDays: await getSetting(SETTINGS.promptWindowDays),
        hidden,
        own: await ownPromptTexts(hidden.flatMap((id) => ownPromptId(id) ?? [])),
      };
    },
    [],
    undefined,
  );
  const v = s.value;
  if (!v) return null;
  return (
    <div class="stack">
      <fieldset class="field plainset">
        <legend>Show a new reflection prompt</legend>
        <div class="row">
          {FREQUENCIES.map(([f, label]) => (
            <label key={f} class="check">
              <input type="radio" name="frequency" checked={v.frequency === f} onChange={() => setSetting(SETTINGS.promptFrequency, f)} />{' '}
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <WindowDaysField stored={v.windowDays} save={(n) => void setSetting(SETTINGS.promptWindowDays, n)} />
      {v.hidden.length > 0 && (
        <div>
          <p>
            {v.hidden.length} prompt{v.hidden.length === 1 ? '' : 's'} set aside with “Never show this again”:
          </p>
          <ul class="hidden-prompts">
            {v.hidden.map((id) => (
              <li key={id}>
                {BANK.find((p) => p.id === id)?.text ?? v.own.get(ownPromptId(id) ?? '') ?? 'One of your own prompts, since deleted'}{' '}
                <button
                  type="button"
                  class="btn btn-quiet"
                  onClick={() =>
                    setSetting(
                      SETTINGS.hiddenPrompts,
                      v.hidden.filter((h) => h !== id),
                    )
                  }
                >
                  Bring back
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

const LEAD_TIMES: Array<[number, string]> = [
  [0, 'Off'],
  [5, '5 minutes before'],
  [15, '15 minutes before'],
  [30, '30 minutes before'],
  [60, 'An hour before'],
];

function ReminderSettings() {
  const before = useLive(() => getSetting(SETTINGS.notifyBefore), [], undefined);
  if (before.value === undefined) return null;
  return (
    <fieldset class="field plainset">
      <legend>Remind me before a planned meeting (and nudge me to record it after)</legend>
      <div class="row">
        {LEAD_TIMES.map(([minutes, label]) => (
          <label key={minutes} class="check">
            <input
              type="radio"
              name="reminder"
              checked={before.value === minutes}
              onChange={() => setSetting(SETTINGS.notifyBefore, minutes)}
            />{' '}
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const THEMES: Array<[Theme, string]> = [
  ['system', 'Follow the system'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

function ThemeSettings() {
  const theme = useSignal<Theme>(currentTheme());
  return (
    <fieldset class="field plainset">
      <legend>Theme</legend>
      <div class="row">
        {THEMES.map(([t, label]) => (
          <label key={t} class="check">
            <input
              type="radio"
              name="theme"
              checked={theme.value === t}
              onChange={() => {
                theme.value = t;
                void setTheme(t);
              }}
            />{' '}
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SettingsPage() {
  return (
    <section class="page narrow" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <section class="card stack" aria-labelledby="sync-settings">
        <h2 id="sync-settings">Sync</h2>
        <p class="muted">Keep your network the same on every browser you use, through your own CouchDB server, end-to-end encrypted.</p>
        <p>
          <a href="#/settings/sync">Set up or check sync</a>
        </p>
      </section>
      <section class="card stack" aria-labelledby="look-settings">
        <h2 id="look-settings">Appearance</h2>
        <ThemeSettings />
      </section>
      <section class="card stack" aria-labelledby="newtab-settings">
        <h2 id="newtab-settings">New tab</h2>
        <p class="muted">Choose what your new tab shows, and in what order. The streak is off unless you want it.</p>
        <WidgetSettings />
      </section>
      <section class="card stack" aria-labelledby="reminder-settings">
        <h2 id="reminder-settings">Reminders</h2>
        <ReminderSettings />
      </section>
      <section class="card stack" aria-labelledby="prompt-settings">
        <h2 id="prompt-settings">Reflection prompts</h2>
        <PromptSettings />
      </section>
    </section>
  );
}
