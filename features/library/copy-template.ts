// The "Copy" buttons that lesson templates carry in the dashboard (lib/content/markdown.ts renders
// them; the static site has none, to stay script-free). One listener on the lesson handles them all.

type Write = (text: string) => Promise<void>;

const writeClipboard: Write = (text) => navigator.clipboard.writeText(text);

/** Copies the template a button belongs to, and says in its status line whether that worked. */
export async function copyTemplate(button: Element, write: Write = writeClipboard): Promise<void> {
  const figure = button.closest('figure.template');
  const text = figure?.querySelector('pre')?.textContent ?? '';
  const status = figure?.querySelector('.template-status');
  try {
    await write(text);
    if (status) status.textContent = 'Copied. Paste it into a note or a shared document.';
  } catch {
    if (status) status.textContent = 'Could not copy here; select the text and copy it instead.';
  }
}

/** Handles clicks on any template's copy button inside `root`; returns the function that stops it. */
export function handleTemplateCopies(root: HTMLElement, write?: Write): () => void {
  const onClick = (e: Event) => {
    const button = (e.target as Element | null)?.closest('[data-copy-template]');
    if (button && root.contains(button)) void copyTemplate(button, write);
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}
