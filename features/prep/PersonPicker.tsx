import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { DIRECTION_LABEL } from '../../lib/model/directions';
import type { Person } from '../../lib/model/types';
import { searchPeople } from '../../lib/repos/people';

/** Type-ahead over the network (an ARIA combobox): arrows to move, Enter to choose, Esc to close. */
export function PersonPicker({ onPick }: { onPick: (id: string) => void }) {
  const q = useSignal('');
  const results = useSignal<Person[]>([]);
  const active = useSignal(0);
  useEffect(() => {
    let live = true;
    void searchPeople(q.value, 8).then((r) => {
      if (live) {
        results.value = r;
        active.value = 0;
      }
    });
    return () => {
      live = false;
    };
  }, [q.value]);
  const open = results.value.length > 0;
  const choose = (p?: Person) => {
    if (!p) return;
    onPick(p.id);
    q.value = '';
  };
  const onKey = (e: KeyboardEvent) => {
    if (!open) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active.value = (active.value + (e.key === 'ArrowDown' ? 1 : -1) + results.value.length) % results.value.length;
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(results.value[active.value]);
    } else if (e.key === 'Escape') q.value = '';
  };
  return (
    <div class="picker">
      <label class="visually-hidden" for="pick-person">
        Prepare for someone else
      </label>
      <input
        id="pick-person"
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls="pick-list"
        aria-autocomplete="list"
        aria-activedescendant={open ? `pick-${active.value}` : undefined}
        placeholder="Someone else…"
        value={q.value}
        onInput={(e) => (q.value = e.currentTarget.value)}
        onKeyDown={onKey}
        autoComplete="off"
      />
      {open && (
        <div id="pick-list" role="listbox" class="picker-list" aria-label="People">
          {results.value.map((p, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input handles the keys for its options
            <div key={p.id} id={`pick-${i}`} role="option" tabIndex={-1} aria-selected={i === active.value} onClick={() => choose(p)}>
              <strong>{p.name}</strong> <span class="muted">{DIRECTION_LABEL[p.direction]}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
