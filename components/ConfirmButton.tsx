import { useRef } from 'preact/hooks';

interface Props {
  label: string;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => unknown;
}

/** A button that asks first, in a native modal dialog (focus trapped, Esc cancels). */
export function ConfirmButton({ label, title, body, confirmLabel, onConfirm }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" class="btn btn-danger" onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialog} class="confirm card" aria-labelledby="confirm-title">
        <form method="dialog" class="stack">
          <h2 id="confirm-title">{title}</h2>
          <p class="muted">{body}</p>
          <div class="row">
            <button type="submit" class="btn btn-danger" value="ok" onClick={() => onConfirm()}>
              {confirmLabel}
            </button>
            <button type="submit" class="btn btn-quiet" value="cancel" autoFocus>
              Keep it
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
