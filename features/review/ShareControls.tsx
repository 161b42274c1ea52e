import type { Signal } from '@preact/signals';
import type { Person } from '../../lib/model/types';
import type { GoalFigures } from '../../lib/review/figures';
import { SECTIONS, type SectionId, type Sharing } from '../../lib/review/share';

type Shown = 'name' | 'hidden' | 'left';

const toggle = (list: string[], id: string, on: boolean) => (on ? [...new Set([...list, id])] : list.filter((x) => x !== id));

function shownAs(s: Sharing, id: string): Shown {
  if (s.leftOut.includes(id)) return 'left';
  return s.hidden.includes(id) ? 'hidden' : 'name';
}

/** The user's choices of what goes into what they share; nothing here is stored. */
export function ShareControls({ sharing, people, goals }: { sharing: Signal<Sharing>; people: Person[]; goals: GoalFigures[] }) {
  const s = sharing.value;
  const set = (patch: Partial<Sharing>) => (sharing.value = { ...sharing.value, ...patch });
  return (
    <div class="stack">
      <h2 class="h3">What to share</h2>
      <fieldset class="plainset stack-tight">
        <legend>Sections</legend>
        {SECTIONS.map(([id, label]) => (
          <label key={id} class="check">
            <input
              type="checkbox"
              checked={s.sections.includes(id)}
              onChange={(e) =>
                set({
                  sections: SECTIONS.map(([x]) => x).filter((x: SectionId) =>
                    x === id ? e.currentTarget.checked : s.sections.includes(x),
                  ),
                })
              }
            />
            {label}
          </label>
        ))}
      </fieldset>
      <label class="check">
        <input
          type="checkbox"
          checked={s.hideAllNames}
          onChange={(e) => set({ hideAllNames: e.currentTarget.checked })}
          data-testid="hide-all-names"
        />
        Hide every name
      </label>
      {people.length > 0 && (
        <fieldset class="plainset stack-tight" data-testid="share-people">
          <legend>People named</legend>
          {people.map((p) => (
            <label key={p.id} class="field share-person">
              <span>{p.name}</span>
              <select
                value={shownAs(s, p.id)}
                onChange={(e) => {
                  const v = e.currentTarget.value as Shown;
                  set({ hidden: toggle(s.hidden, p.id, v === 'hidden'), leftOut: toggle(s.leftOut, p.id, v === 'left') });
                }}
              >
                <option value="name">Show the name</option>
                <option value="hidden">Hide the name</option>
                <option value="left">Leave out</option>
              </select>
            </label>
          ))}
        </fieldset>
      )}
      {goals.length > 0 && (
        <fieldset class="plainset stack-tight">
          <legend>Goals</legend>
          {goals.map((g) => (
            <label key={g.id} class="check">
              <input
                type="checkbox"
                checked={!s.goalsLeftOut.includes(g.id)}
                onChange={(e) => set({ goalsLeftOut: toggle(s.goalsLeftOut, g.id, !e.currentTarget.checked) })}
              />
              {g.title}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
