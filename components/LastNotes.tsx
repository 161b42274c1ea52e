import { useLoaded } from '../lib/live/use-loaded';

/**
 * Notes of the last meeting, rendered from Markdown and sanitised; the renderer loads only when there are notes.
 * `headingsBelow` is the level of the section's heading, which the notes' own headings stay under.
 */
export function LastNotes({ markdown, headingsBelow }: { markdown: string; headingsBelow: number }) {
  const html = useLoaded(
    () => import('../lib/markdown/user').then((m) => m.renderUserMarkdown(markdown, { headingsBelow })),
    [markdown, headingsBelow],
  );
  return html === undefined ? (
    <p class="muted notes-text">{markdown}</p>
  ) : (
    <div class="notes-md" dangerouslySetInnerHTML={{ __html: html }} />
  );
}
