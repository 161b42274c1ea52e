import type { ColumnMapping } from '../../lib/contacts/types';

type Field = 'name' | 'org' | 'role' | 'emails' | 'links';
const FIELDS: Array<[Field, string]> = [
  ['name', 'Name'],
  ['org', 'Organisation'],
  ['role', 'Role'],
  ['emails', 'Email'],
  ['links', 'Link'],
];
const SEVERAL = 'several';

const current = (m: ColumnMapping, f: Field): string => {
  const v = m[f];
  if (Array.isArray(v)) return v.length > 1 ? SEVERAL : v.length ? String(v[0]) : '';
  return v === undefined ? '' : String(v);
};

function withColumn(m: ColumnMapping, f: Field, value: string): ColumnMapping {
  if (value === SEVERAL) return m;
  const col = value === '' ? undefined : Number(value);
  if (f === 'org' || f === 'role') return { ...m, [f]: col };
  return { ...m, [f]: col === undefined ? [] : [col] };
}

/** For a CSV of no known program: which column means what. */
export function ColumnPicker({
  columns,
  mapping,
  onChange,
}: {
  columns: string[];
  mapping: ColumnMapping;
  onChange: (m: ColumnMapping) => void;
}) {
  return (
    <fieldset class="card row column-picker">
      <legend>Which column holds what?</legend>
      {FIELDS.map(([f, label]) => (
        <label key={f} class="field">
          <span>{label}</span>
          <select value={current(mapping, f)} onChange={(e) => onChange(withColumn(mapping, f, e.currentTarget.value))}>
            <option value="">{f === 'name' ? 'Choose a column' : 'None'}</option>
            {current(mapping, f) === SEVERAL && (
              <option value={SEVERAL}>
                As now:{' '}
                {mapping[f] &&
                  [mapping[f]]
                    .flat()
                    .map((c) => columns[c as number])
                    .join(' + ')}
              </option>
            )}
            {columns.map((c, i) => (
              <option key={`${i}${c}`} value={String(i)}>
                {c || `Column ${i + 1}`}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
