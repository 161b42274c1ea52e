import { useSignal } from '@preact/signals';
import { useLive } from '../lib/live/live-signal';
import type { Person } from '../lib/model/types';

/** Where the linker finds people: the feature using it passes the repository's reads. */
export interface PeopleSource {
  byIds: (ids: string[]) => Promise<Map<string, Person>>;
  search: (query: string, limit: number) => Promise<Person[]>;
}

interface Props {
  source: PeopleSource;
  ids: string[];
  onChange: (ids: string[]) => void;
  label: string;
  testId: string;
}

/** Linked people, each removable, and a type-ahead to link more. */
export function PersonLinker({ source, ids, onChange, label, testId }: Props) {
  const q = useSignal('');
  const people = useLive(() => source.byIds(ids), [ids.join()], new Map());
  const matches = useLive(() => source.search(q.value, 6), [q.value], []);
  return (
    <div class="stack">
      <ul class="plain-list" data-testid={testId}>
        {ids.map((id) => {
          const name = people.value.get(id)?.name ?? '…';
          return (
            <li key={id}>
              {name}{' '}
              <button
                type="button"
                class="btn btn-quiet"
                aria-label={`Remove ${name}`}
                onClick={() => onChange(ids.filter((x) => x !== id))}
              >
                ✕
              </button>
            </li>
          );
        })}
      </ul>
      <label class="field">
        <span>{label}</span>
        <input type="search" value={q.value} onInput={(e) => (q.value = e.currentTarget.value)} placeholder="Type a name…" />
      </label>
      <div class="row">
        {matches.value
          .filter((p) => !ids.includes(p.id))
          .map((p) => (
            <button
              key={p.id}
              type="button"
              class="btn"
              onClick={() => {
                onChange([...ids, p.id]);
                q.value = '';
              }}
            >
              + {p.name}
            </button>
          ))}
      </div>
    </div>
  );
}
