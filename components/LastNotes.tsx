import { useSignal } from '@preact/signals';
import { useLoaded } from '../lib/live/use-loaded';
import { plainText } from '../lib/markdown/plain';
import { inTurn } from '../lib/ui/in-turn';

// About a third of the popup: enough to recall the meeting, short enough to leave the prep in view.
const SHORT = 600;

const render = (markdown: string, limit: number, headingsBelow: number) =>
  Promise.all([import('../lib/markdown/user'), import('../lib/markdown/excerpt')]).then(([user, cut]) =>
    // A person's history renders up to sixty of these at once: in turns, not in one long task.
    inTurn(() => {
      const { start, moreWords } = cut.excerpt(markdown, limit);
      return { html: user.renderUserMarkdown(start, { headingsBelow }), moreWords };
    }),
  );

interface Props {
  markdown: string;
  headingsBelow: number;
  short?: boolean;
  /** Only the start as text, as shown while the renderer loads (for a frame that must not wait for it). */
  plain?: boolean;
}

const NotesText = ({ markdown }: { markdown: string }) => (
  <p class="notes-text">{plainText(markdown.slice(0, SHORT * 2)).slice(0, SHORT)}</p>
);

/**
 * Notes of a meeting, rendered from Markdown and sanitised; the renderer loads only when there
 * are notes. `short` shows their start, with a way to read the rest. `headingsBelow` is the
 * level of the section's heading, which the notes' own headings stay under.
 */
export function LastNotes({ plain = false, ...props }: Props) {
  return plain ? <NotesText markdown={props.markdown} /> : <RenderedNotes {...props} />;
}

function RenderedNotes({ markdown, headingsBelow, short = false }: Omit<Props, 'plain'>) {
  const whole = useSignal(!short);
  const limit = whole.value ? Number.POSITIVE_INFINITY : SHORT;
  const shown = useLoaded(() => render(markdown, limit, headingsBelow), [markdown, limit, headingsBelow]);
  if (!shown) return <NotesText markdown={markdown} />;
  return (
    <>
      <div class={`notes-md${whole.value ? '' : ' notes-start'}`} dangerouslySetInnerHTML={{ __html: shown.html }} />
      {short && (shown.moreWords > 0 || whole.value) && (
        <button
          type="button"
          class="btn btn-quiet small notes-more"
          aria-expanded={whole.value}
          onClick={() => (whole.value = !whole.value)}
        >
          {whole.value
            ? 'Show less'
            : `Read all notes (${shown.moreWords.toLocaleString()} more ${shown.moreWords === 1 ? 'word' : 'words'})`}
        </button>
      )}
    </>
  );
}
