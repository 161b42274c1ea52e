// Unpacks the collection carried in the page's link and shows it, read-only. Everything from
// the link is rendered as text; only http(s) addresses become links.
import { render } from 'preact';
import { CollectionView } from '../../components/library/CollectionView';
import { decodeCollection } from '../../lib/share/collection-link';

const root = document.getElementById('collection');
// The static text explains the page to readers without JavaScript; it makes way for the collection.
root?.replaceChildren();
const lessons = new Set<string>(JSON.parse(document.getElementById('lesson-ids')?.textContent ?? '[]'));

async function show(): Promise<void> {
  if (!root) return;
  const decoded = await decodeCollection(location.hash);
  if (!decoded.ok) {
    render(
      <div class="card link-error" role="alert">
        <h1>This collection cannot be opened</h1>
        <p>{decoded.message}</p>
      </div>,
      root,
    );
    return;
  }
  document.title = `${decoded.collection.title} · Teachback`;
  render(
    <CollectionView collection={decoded.collection} lessonHref={(id) => (lessons.has(id) ? `lessons/${id}.html` : undefined)} />,
    root,
  );
}

void show();
addEventListener('hashchange', () => void show());
