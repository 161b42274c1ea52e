import { failures } from '../lib/live/page-state';

/** What could not be read, in place of a page that would otherwise wait for it for ever. */
export function ReadFailures() {
  const list = failures.value;
  if (!list.length) return null;
  return (
    <div class="card read-failures" role="alert">
      <p>
        <strong>Part of this page could not be read from your browser’s storage.</strong>{' '}
        {list.length === 1 ? list[0]?.message : `${list.length} reads failed; the first said: ${list[0]?.message}`}
      </p>
      <button
        type="button"
        class="btn"
        onClick={() => {
          for (const f of failures.peek()) f.retry();
        }}
      >
        Try again
      </button>
    </div>
  );
}
