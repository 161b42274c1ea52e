import type { JSX } from 'preact';

interface FieldProps {
  value?: string;
  open?: boolean;
  activeId?: string;
  onInput?: (e: JSX.TargetedInputEvent<HTMLInputElement>) => void;
  onKeyDown?: (e: KeyboardEvent) => void;
}

/** The picker's field alone: the popup's first frame draws it before the picker's code runs. */
export function PickerField({ value, open = false, activeId, onInput, onKeyDown }: FieldProps) {
  return (
    <>
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
        aria-activedescendant={activeId}
        placeholder="Someone else…"
        value={value}
        onInput={onInput}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
    </>
  );
}
