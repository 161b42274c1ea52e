import { addResource } from '../repos/resources';
import { safeHref } from '../share/collection-link';

/** Saves the page the user right-clicked as a resource; only web pages are saved. */
export async function savePage(page: { title?: string; url?: string }): Promise<string | undefined> {
  const url = page.url ? safeHref(page.url) : undefined;
  if (!url) return undefined;
  const saved = await addResource({ kind: 'page', title: page.title?.trim() || url, url });
  return saved.id;
}
