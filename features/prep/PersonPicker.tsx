import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { personDetail } from '../../lib/model/names';
import type { Person } from '../../lib/model/types';
import { searchPeople } from '../../lib/repos/people';
import { PickerField } from './PickerField';
import { type Found, pickerView } from './picker';

/** Type-ahead over the network (an ARIA combobox): arrows to move, Enter to choose, Esc to close. */
export function PersonPicker({ onPick }: { onPick: (id: string) => void }) {
  const q = useSignal('');
  const found = useSignal<Found | undefined>(undefined);
  const active = useSignal(0);
  useEffect(() => {
    let live = true;
    const query = q.value.trim();
    void searchPeople(query, 8).then((people) => {
      if (live) {
        found.value = { q: query, people };
        active.value = 0;
      }
    });
    return () => {
      live = false;
    };
  }, [q.value]);
  const view = pickerView(q.value, found.value);
  const results = view.kind === 'list' ? view.people : [];
  const open = results.length > 0;
  const choose = (p?: Person) => {
    if (!p) return;
    onPick(p.id);
    q.value = '';
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Enter') e.preventDefault();
    if (e.key === 'Escape') q.value = '';
    if (!open) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active.value = (active.value + (e.key === 'ArrowDown' ? 1 : -1) + results.length) % results.length;
    } else if (e.key === 'Enter') choose(results[active.value]);
  };
  return (
    <div class="picker">
      <PickerField
        value={q.value}
        open={open}
        activeId={open ? `pick-${active.value}` : undefined}
        onInput={(e) => (q.value = e.currentTarget.value)}
        onKeyDown={onKey}
      />
      {open && (
        <div id="pick-list" role="listbox" class="picker-list" aria-label="People">
          {results.map((p, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys for its options
            <div key={p.id} id={`pick-${i}`} role="option" tabIndex={-1} aria-selected={i === active.value} onClick={() => choose(p)}>
              <strong>{p.name}</strong> <span class="muted">{personDetail(p)}</span>
            </div>
          ))}
        </div>
      )}
      <p role="status" class={view.kind === 'none' ? 'picker-list picker-none' : 'visually-hidden'}>
        {view.kind === 'none' ? `No one matches “${view.q}”.` : ''}
      </p>
    </div>
  );
}
