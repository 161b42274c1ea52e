import { type SharedCollection, safeHref } from '../../lib/share/collection-link';

interface Props {
  collection: SharedCollection;
  /** Where a lesson opens, or undefined when this place does not have it. */
  lessonHref: (lessonId: string) => string | undefined;
}

/** A shared collection, read-only. Everything in it came from a link, so it is shown as text; only http(s) addresses become links. */
export function CollectionView({ collection, lessonHref }: Props) {
  return (
    <article class="collection" aria-labelledby="collection-title">
      <h1 id="collection-title">{collection.title}</h1>
      {collection.note && <p class="collection-note">{collection.note}</p>}
      <ol class="collection-items" data-testid="collection-items">
        {collection.items.map((item, i) => {
          const href = item.kind === 'lesson' ? lessonHref(item.lessonId) : safeHref(item.url);
          return (
            <li key={i} class="collection-item">
              <span class="chip">{item.kind === 'lesson' ? 'Lesson' : 'Page'}</span>{' '}
              {href ? (
                <a
                  href={href}
                  rel={item.kind === 'page' ? 'noopener noreferrer' : undefined}
                  target={item.kind === 'page' ? '_blank' : undefined}
                >
                  {item.title}
                </a>
              ) : (
                <span>{item.title}</span>
              )}
              {item.kind === 'page' && !href && <small class="muted"> (not a web address, so not linked: {item.url})</small>}
              {item.kind === 'page' && item.note && <p class="muted">{item.note}</p>}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
