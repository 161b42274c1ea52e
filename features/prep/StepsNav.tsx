import type { ComponentChildren } from 'preact';
import type { PrepDraft } from './draft';

type Step = PrepDraft['step'];

const LABEL: Record<Step, string> = { prep: 'Prepare', run: 'Meet', close: 'Record' };

/** The conversation's three steps, and what sits beside them. */
export function StepsNav({ step, onStep, children }: { step: Step; onStep: (s: Step) => void; children?: ComponentChildren }) {
  return (
    <nav class="steps-nav" aria-label="Steps">
      {(['prep', 'run', 'close'] as const).map((s, i) => (
        <button key={s} type="button" class="btn btn-quiet step" aria-current={step === s ? 'step' : undefined} onClick={() => onStep(s)}>
          {i + 1}. {LABEL[s]}
        </button>
      ))}
      {children}
    </nav>
  );
}
