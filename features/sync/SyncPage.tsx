import { useSignal } from '@preact/signals';
import './sync.css';
import { browser } from 'wxt/browser';
import { ConfirmButton } from '../../components/ConfirmButton';
import { hostPattern } from '../../lib/ext/host-pattern';
import { send } from '../../lib/ext/messages';
import { exactDate, plural } from '../../lib/format/relative';
import { useLive } from '../../lib/live/live-signal';
import { keepValue } from '../../lib/repos/conflicts';
import { listConflicts, listRevived } from '../../lib/sync/conflicts';
import { connect as followServer } from '../../lib/sync/live-port';
import { forgetServer, loadSetup, type SyncSetup, setEnabled, setUp } from '../../lib/sync/setup';
import { checkSetup, describeRemote, MIN_PASSPHRASE, type SetupInput } from '../../lib/sync/setup-form';
import { type DownloadProgress, dismissRevived, readStatus, waitingCount } from '../../lib/sync/status';
import { downloadText } from './download-text';

/** "at 17:05" today, the date otherwise: sync happens often enough that the day alone says little. */
function clockTime(iso: string): string {
  const d = new Date(iso);
  const time = d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return d.toDateString() === new Date().toDateString() ? `Today at ${time}` : `${d.toLocaleDateString()} at ${time}`;
}

const syncNow = () => send({ type: 'sync-now' }).catch(() => undefined);

function WhatTheServerSees() {
  return (
    <div class="stack">
      <p>
        Sync keeps your network the same on every browser you use, through a CouchDB server you run or rent. There is no Teachback account,
        and nothing goes anywhere else.
      </p>
      <ul class="plain-list">
        <li>
          <strong>The server sees</strong> how many records you have, roughly how large each is, and when they change.
        </li>
        <li>
          <strong>The server cannot see</strong> names, notes, meetings, dates or even which kind of record each one is: everything is
          encrypted here, with a key made from your passphrase, before it leaves this browser.
        </li>
        <li>
          Your passphrase is never stored or sent. Without it the data on the server cannot be read, by anyone, and cannot be recovered.
        </li>
      </ul>
    </div>
  );
}

type Field = keyof SetupInput;
const FIELDS: Array<[Field, string, string, string]> = [
  ['server', 'Server address', 'url', 'https://couch.example.org'],
  ['database', 'Database', 'text', ''],
  ['username', 'CouchDB user name', 'text', ''],
  ['password', 'CouchDB password', 'password', ''],
  ['passphrase', 'Encryption passphrase', 'password', ''],
  ['repeat', 'The passphrase again', 'password', ''],
];

function SetupForm() {
  const input = useSignal<SetupInput>({ server: '', database: 'teachback', username: '', password: '', passphrase: '', repeat: '' });
  const errors = useSignal<Partial<Record<Field, string>>>({});
  const failure = useSignal('');
  const busy = useSignal(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const checked = checkSetup(input.value);
    errors.value = checked.ok ? {} : checked.errors;
    failure.value = '';
    if (!checked.ok) return;
    // Asked first, while the click still counts as the user's: browsers only prompt then.
    const granted = await browser.permissions.request({ origins: [hostPattern(checked.origin)] }).catch(() => false);
    if (!granted) {
      failure.value = `Sync needs your permission to talk to ${checked.origin}. Nothing was changed.`;
      return;
    }
    busy.value = true;
    try {
      await setUp(checked.remote, input.value.passphrase);
      void syncNow();
      followServer();
    } catch (err) {
      failure.value = `${err instanceof Error ? err.message : String(err)} Nothing was changed.`;
    } finally {
      busy.value = false;
    }
  };
  return (
    <form class="stack" onSubmit={submit} noValidate>
      {FIELDS.map(([field, label, type, placeholder]) => (
        <label key={field} class="field">
          <span>{label}</span>
          <input
            type={type}
            name={field}
            value={input.value[field]}
            placeholder={placeholder || undefined}
            autoComplete={type === 'password' ? 'new-password' : 'off'}
            aria-invalid={errors.value[field] ? true : undefined}
            aria-describedby={errors.value[field] ? `sync-${field}-error` : undefined}
            onInput={(e) => (input.value = { ...input.value, [field]: e.currentTarget.value })}
          />
          {field === 'passphrase' && !errors.value.passphrase && (
            <small>At least {MIN_PASSPHRASE} characters. Use the same passphrase on every device.</small>
          )}
          {errors.value[field] && (
            <small id={`sync-${field}-error`} class="field-error">
              {errors.value[field]}
            </small>
          )}
        </label>
      ))}
      {failure.value && (
        <p class="sync-failure" role="alert">
          {failure.value}
        </p>
      )}
      <div>
        <button type="submit" class="btn btn-primary" disabled={busy.value}>
          {busy.value ? 'Checking the server…' : 'Turn on sync'}
        </button>
      </div>
    </form>
  );
}

function FirstDownload({ progress }: { progress: DownloadProgress }) {
  const { label, value, max } = downloadText(progress);
  return (
    <>
      <dt>First download</dt>
      <dd class="sync-download" data-testid="first-download">
        <span>{label}</span>
        <progress max={max} value={value} aria-label="First download" aria-valuetext={label} />
      </dd>
    </>
  );
}

function SyncStatusCard({ setup }: { setup: SyncSetup }) {
  const status = useLive(readStatus, [], {});
  const waiting = useLive(waitingCount, [], 0);
  const s = status.value;
  return (
    <div class="stack sync-status">
      <p>
        {setup.enabled ? 'Syncing with ' : 'Sync is off. It was set up with '}
        <strong>{describeRemote(setup.remote)}</strong>.
      </p>
      {setup.rejoin && (
        <p class="muted">
          This device was taken out of sync for a restore. Turning sync on merges its data with your other devices’, as on a first sync:
          nothing is deleted anywhere.
        </p>
      )}
      <dl class="facts" data-testid="sync-status">
        <dt>Last synced</dt>
        <dd>
          {s.lastSyncedAt ? (
            <time dateTime={s.lastSyncedAt} title={exactDate(s.lastSyncedAt)}>
              {clockTime(s.lastSyncedAt)}
            </time>
          ) : (
            'Not yet'
          )}
        </dd>
        {s.download && <FirstDownload progress={s.download} />}
        <dt>Changes waiting</dt>
        <dd>{waiting.value ? plural(waiting.value, 'change') : 'None'}</dd>
        {s.lastError && s.lastErrorAt && (!s.lastSyncedAt || s.lastErrorAt > s.lastSyncedAt) && (
          <>
            <dt>Last problem</dt>
            <dd role="status">{s.lastError}</dd>
          </>
        )}
        {!!s.refused && (
          <>
            <dt>Refused</dt>
            <dd>
              {plural(s.refused, 'document')} on the server did not decrypt with your passphrase (changed there, or written with another
              key). They were not applied.
            </dd>
          </>
        )}
      </dl>
      <div class="row">
        {setup.enabled && (
          <button type="button" class="btn btn-primary" onClick={() => void syncNow()}>
            Sync now
          </button>
        )}
        <button type="button" class="btn" onClick={() => void setEnabled(!setup.enabled).then(() => setup.enabled || syncNow())}>
          {setup.enabled ? 'Turn sync off' : 'Turn sync on'}
        </button>
        <ConfirmButton
          label="Forget this server"
          title="Forget this server?"
          body="This browser stops syncing and forgets the server’s address, the user name and password, and the key. Your data here stays, and so does the data on the server."
          confirmLabel="Forget the server"
          onConfirm={forgetServer}
        />
      </div>
    </div>
  );
}

const FIELD_NAMES: Record<string, string> = {
  name: 'Name',
  role: 'Role',
  org: 'Organisation',
  learnFrom: 'What you learn from them',
  teachBack: 'What you can teach back',
  notes: 'Notes',
  title: 'Title',
  text: 'Text',
  value: 'Value',
};

function asText(v: unknown): string {
  if (v === undefined) return '(empty)';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function Conflicts() {
  const conflicts = useLive(listConflicts, [], []);
  if (!conflicts.value.length) return null;
  return (
    <section class="card stack" aria-labelledby="sync-conflicts">
      <h2 id="sync-conflicts">Changed on two devices</h2>
      <p class="muted">Each of these was changed on two devices before they synced. The later change is shown; keep either.</p>
      <ul class="plain-list stack" data-testid="sync-conflicts">
        {conflicts.value.map((c) => (
          <li key={`${c.ref} ${c.field}`} class="stack">
            <p>
              <strong>{c.label}</strong>: {FIELD_NAMES[c.field] ?? c.field}
            </p>
            {[c.shown, ...c.others].map((value, i) => (
              <div key={`${value.dot.d}:${value.dot.c}`} class="row sync-conflict-value">
                <span>
                  {i === 0 ? 'Shown: ' : 'Other: '}
                  <q>{asText(value.v)}</q> <span class="muted">({clockTime(value.dot.t)})</span>
                </span>
                <button type="button" class="btn" onClick={() => void keepValue(c.ref, c.field, value.v).then(syncNow)}>
                  Keep this
                </button>
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CameBack() {
  const revived = useLive(listRevived, [], []);
  if (!revived.value.length) return null;
  return (
    <section class="card stack" aria-labelledby="sync-revived">
      <h2 id="sync-revived">Back after a delete</h2>
      <p class="muted">
        You deleted these here, but another device changed them before it knew. A change wins over a delete, so they are back, with that
        change. Delete them again if you still want them gone.
      </p>
      <ul class="plain-list stack" data-testid="sync-revived">
        {revived.value.map((r) => (
          <li key={r.ref}>
            {r.kind}: <a href={r.href}>{r.label}</a>
          </li>
        ))}
      </ul>
      <div>
        <button type="button" class="btn" onClick={() => void dismissRevived()}>
          Got it
        </button>
      </div>
    </section>
  );
}

export function SyncPage() {
  const setup = useLive(loadSetup, [], null);
  return (
    <section class="page narrow" aria-labelledby="sync-title">
      <h1 id="sync-title">Sync across devices</h1>
      <section class="card stack" aria-labelledby="sync-what">
        <h2 id="sync-what">{setup.value ? 'Status' : 'Your own server, end-to-end encrypted'}</h2>
        {setup.value ? <SyncStatusCard setup={setup.value} /> : <WhatTheServerSees />}
      </section>
      {setup.value && <Conflicts />}
      {setup.value && <CameBack />}
      {setup.value === undefined && (
        <section class="card stack" aria-labelledby="sync-setup">
          <h2 id="sync-setup">Set up sync</h2>
          <SetupForm />
        </section>
      )}
    </section>
  );
}
