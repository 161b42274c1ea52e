import { useLoaded } from '../lib/live/use-loaded';

/** Notes of the last meeting, rendered from Markdown and sanitised; the renderer loads only when there are notes. */
export function LastNotes({ markdown }: { markdown: string }) {
  const html = useLoaded(() => import('../lib/markdown/user').then((m) => m.renderUserMarkdown(markdown)), [markdown]);
  return html === undefined ? (
    <p class="muted notes-text">{markdown}</p>
  ) : (
    <div class="notes-md" dangerouslySetInnerHTML={{ __html: html }} />
  );
}
