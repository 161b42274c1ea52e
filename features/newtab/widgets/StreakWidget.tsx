import type { WidgetProps } from './types';

export function StreakWidget({ data }: WidgetProps) {
  const s = data.streak;
  if (!s) return null;
  if (s.days === 0)
    return (
      <p>
        {s.lapsed
          ? 'A fresh start: one reflection or one conversation today begins a new run.'
          : 'Reflect or get in touch with someone today to start a run.'}
      </p>
    );
  return (
    <p>
      <strong class="streak-days">{s.days}</strong> {s.days === 1 ? 'day' : 'days'} with a reflection or a contact
      {s.today ? ', today included.' : '. Today is still open.'} <span class="muted">One quiet day never breaks it.</span>
    </p>
  );
}
