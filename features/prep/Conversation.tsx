import { useSignal } from '@preact/signals';
import { useLive } from '../../lib/live/live-signal';
import { readAgreement, toAgreementDraft } from '../../lib/model/agreement-draft';
import { cadenceOf } from '../../lib/model/cadence';
import { dayKey, systemTimeZone } from '../../lib/model/calendar';
import { chosenNext, nextInDays, nextMeetingAt, proposeNext } from '../../lib/model/next-meeting';
import { dexieReader } from '../../lib/reads/dexie-reader';
import { completeAction } from '../../lib/repos/actions';
import { closeOutMeeting } from '../../lib/repos/closeout';
import { logContact } from '../../lib/repos/meetings';
import { buildAgenda } from './agenda';
import { CloseOutView } from './CloseOutView';
import { draftSetting, type PrepDraft } from './draft';
import { newDraft } from './new-draft';
import { PersonHead } from './PersonHead';
import { PrepView } from './PrepView';
import { loadPrep, TIMER_SETTING } from './prep-read';
import { QuickLog } from './QuickLog';
import { RunView } from './RunView';
import { StepsNav } from './StepsNav';
import { startTimer, type TimerState } from './timer';
import { useStored } from './use-stored';

/** One conversation with one person: prepare, run the hour, record it. */
export function Conversation({ personId, onPin }: { personId: string; onPin: () => void }) {
  const prep = useLive(() => loadPrep(dexieReader, personId, new Date()).then((p) => p ?? null), [personId], undefined);
  const draft = useStored<PrepDraft>(draftSetting(personId), async () => {
    const p = await loadPrep(dexieReader, personId, new Date());
    if (!p) throw new Error('gone');
    return newDraft(p);
  });
  const timer = useStored<TimerState | null>(TIMER_SETTING, async () => null);
  const saved = useSignal('');
  const p = prep.value;
  const d = draft.value.value;
  if (p === null) return <p class="muted">This person is no longer in your network.</p>;
  if (!p || !d) return <div class="loading" aria-busy="true" />;
  const update = (patch: Partial<PrepDraft>) => draft.set({ ...d, ...patch, editedAt: new Date().toISOString() });
  const t = timer.value.value;
  const myTimer = t && t.personId === personId ? t : undefined;
  const timeZone = systemTimeZone();
  const at = myTimer?.startedAt ?? new Date().toISOString();
  const fallback = cadenceOf(p.person);
  const agreement = d.agreement && toAgreementDraft(d.agreement, fallback);
  const next = chosenNext({ date: d.nextOn, time: d.nextTime }, proposeNext(at, nextInDays(p.person, agreement?.idealDays), timeZone));

  if (saved.value)
    return (
      <div class="saved-done stack" role="status">
        <h2>Saved</h2>
        <p>{saved.value}</p>
      </div>
    );

  const start = () => {
    timer.set(
      startTimer(
        personId,
        buildAgenda(d.points, d.split, d.minutes).map(({ title, minutes }) => ({ title, minutes })),
        new Date(),
      ),
    );
    update({ step: 'run' });
  };
  const save = async () => {
    // Stay on this person: once the meeting is recorded, "who is next" changes underneath.
    const read = agreement && readAgreement(agreement, { today: dayKey(at, timeZone), fallback, stored: p.person.agreement });
    if (read && 'errors' in read) throw new Error(`your agreement needs a look under “1. Prepare”: ${Object.values(read.errors)[0]}`);
    onPin();
    await closeOutMeeting({
      personId,
      meetingId: d.meetingId,
      at,
      minutes: d.minutes,
      split: d.split,
      agenda: d.points,
      notes: d.notes,
      agreements: d.agreements,
      actions: d.actions,
      rapport: d.rapport,
      rapportNote: d.rapportNote,
      nextAt: next && nextMeetingAt(next, timeZone),
      agreement: read?.agreement,
      draftKey: draftSetting(personId).key,
    });
    if (myTimer) timer.set(null);
    saved.value = next
      ? `Recorded. Your next meeting with ${p.person.name.split(' ')[0]} is planned for ${new Date(nextMeetingAt(next, timeZone)).toLocaleString('en', { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', timeZone })}.`
      : 'Recorded.';
  };

  return (
    <div class="conversation">
      <StepsNav step={d.step} onStep={(s) => (s === 'run' && !myTimer ? start() : update({ step: s }))}>
        <QuickLog name={p.person.name} log={(kind, note) => logContact(personId, kind, note)} />
      </StepsNav>
      <PersonHead prep={p} />
      {draft.failed.value && (
        <p class="field-error" role="alert">
          {draft.failed.value}
        </p>
      )}
      {d.step === 'prep' && <PrepView prep={p} draft={d} update={update} onStart={start} complete={completeAction} />}
      {d.step === 'run' && myTimer && (
        <RunView draft={d} update={update} timer={myTimer} setTimer={timer.set} onClose={() => update({ step: 'close' })} />
      )}
      {(d.step === 'close' || (d.step === 'run' && !myTimer)) && (
        <CloseOutView
          name={p.person.name}
          draft={d}
          next={next}
          update={update}
          onSave={save}
          onBack={() => update({ step: myTimer ? 'run' : 'prep' })}
        />
      )}
    </div>
  );
}
