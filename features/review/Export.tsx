import { useSignal } from '@preact/signals';
import { downloadText } from '../../lib/ui/download';

/** Print (or save as PDF), copy or download as Markdown: the only ways a review leaves the browser. */
export function Export({ markdown, filename }: { markdown: () => string; filename: string }) {
  const said = useSignal('');
  return (
    <div class="stack export">
      <h2 class="h3">Export</h2>
      <div class="row">
        <button type="button" class="btn btn-primary" onClick={() => print()}>
          Print or save as PDF
        </button>
        <button
          type="button"
          class="btn"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(markdown());
              said.value = 'Markdown copied.';
            } catch {
              said.value = 'The browser did not let Teachback copy. Download the file instead.';
            }
          }}
        >
          Copy Markdown
        </button>
        <button
          type="button"
          class="btn"
          onClick={() => {
            downloadText(markdown(), filename, 'text/markdown');
            said.value = `Saved as ${filename}.`;
          }}
        >
          Download Markdown
        </button>
      </div>
      <p class="muted small" role="status">
        {said.value || 'Nothing leaves your browser unless you print, copy or download it.'}
      </p>
    </div>
  );
}
