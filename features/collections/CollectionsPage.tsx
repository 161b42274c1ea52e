import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { CollectionView } from '../../components/library/CollectionView';
import { useLibrary } from '../../components/library/use-library';
import { dashboardLink } from '../../lib/content/links';
import { connectSite } from '../../lib/ext/site-bridge';
import { useLive } from '../../lib/live/live-signal';
import type { Collection } from '../../lib/model/types';
import { createCollection, importSharedCollection, listCollections, toShared } from '../../lib/repos/collections';
import { recentResources } from '../../lib/repos/resources';
import { getSetting, setSetting } from '../../lib/repos/settings';
import { SETTINGS } from '../../lib/settings/registry';
import { collectionUrl, type Decoded, decodeCollection, encodeCollection, safeHref } from '../../lib/share/collection-link';
import './collections.css';

function ShareBox({ collection }: { collection: Collection }) {
  const siteUrl = useLive(() => getSetting(SETTINGS.siteUrl), [], undefined);
  const link = useSignal('');
  const draftSite = useSignal('');
  const copied = useSignal(false);
  const make = async (site: string) => {
    link.value = collectionUrl(site, await encodeCollection(await toShared(collection)));
  };
  if (siteUrl.value === undefined) return null;
  if (!siteUrl.value)
    return (
      <form
        class="share-site stack"
        onSubmit={async (e) => {
          e.preventDefault();
          const site = safeHref(draftSite.value.trim());
          if (!site) return;
          // Asked first, while the click still counts as the user's (browsers only prompt then),
          // but not awaited: the link does not depend on the answer.
          void connectSite(site).catch(() => false);
          await setSetting(SETTINGS.siteUrl, site);
          await make(site);
        }}
      >
        <label class="field">
          <span>Address of your Teachback site</span>
          <input
            type="url"
            value={draftSite.value}
            onInput={(e) => (draftSite.value = e.currentTarget.value)}
            placeholder="https://…"
            required
          />
          <small>
            Links open on the static Teachback site (`npm run site` builds it; any static host serves it). Set its address once. Your
            browser will ask whether Teachback may add an “Import into Teachback” button to that site’s collection pages; links work either
            way.
          </small>
        </label>
        <div>
          <button type="submit" class="btn btn-primary">
            Save and make the link
          </button>
        </div>
      </form>
    );
  return link.value ? (
    <div class="share-link row">
      <p class="muted site-line">
        Opens on {siteUrl.value}{' '}
        <button type="button" class="btn btn-quiet" onClick={() => setSetting(SETTINGS.siteUrl, '')}>
          Change site
        </button>
      </p>
      <label class="field grow">
        <span>Link to share</span>
        <input readOnly value={link.value} onFocus={(e) => e.currentTarget.select()} data-testid="share-link" />
      </label>
      <button
        type="button"
        class="btn"
        onClick={async () => {
          await navigator.clipboard.writeText(link.value);
          copied.value = true;
        }}
      >
        {copied.value ? 'Copied' : 'Copy link'}
      </button>
    </div>
  ) : (
    <button type="button" class="btn" onClick={() => make(siteUrl.value as string)}>
      Make a share link
    </button>
  );
}

function NewCollection({ onDone }: { onDone: () => void }) {
  const lib = useLibrary();
  const pages = useLive(() => recentResources(200).then((r) => r.filter((x) => x.kind === 'page')), [], []);
  const title = useSignal('');
  const note = useSignal('');
  const chosen = useSignal<Set<string>>(new Set());
  const error = useSignal('');
  const toggle = (key: string) => {
    const next = new Set(chosen.value);
    next.has(key) ? next.delete(key) : next.add(key);
    chosen.value = next;
  };
  const save = async (e: Event) => {
    e.preventDefault();
    error.value = !title.value.trim()
      ? 'Give the collection a title.'
      : chosen.value.size === 0
        ? 'Choose at least one lesson or page.'
        : '';
    if (error.value) return;
    const lessons = (lib?.lessons ?? []).filter((l) => chosen.value.has(`lesson:${l.id}`)).map((l) => ({ lessonId: l.id, title: l.title }));
    const resourceIds = pages.value.filter((p) => chosen.value.has(`page:${p.id}`)).map((p) => p.id);
    await createCollection({ title: title.value.trim(), note: note.value.trim() || undefined, lessons, resourceIds });
    onDone();
  };
  return (
    <form class="card stack" onSubmit={save} aria-labelledby="new-collection-title" noValidate>
      <h2 id="new-collection-title">New collection</h2>
      <label class="field">
        <span>Title</span>
        <input value={title.value} onInput={(e) => (title.value = e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>A note for whoever opens it</span>
        <textarea rows={2} value={note.value} onInput={(e) => (note.value = e.currentTarget.value)} />
      </label>
      <fieldset class="pick">
        <legend>Lessons</legend>
        {lib?.tracks.map((t) => (
          <div key={t.id} class="pick-group">
            <p class="pick-track">{t.title}</p>
            {lib.lessons
              .filter((l) => l.track === t.id)
              .map((l) => (
                <label key={l.id} class="pick-item">
                  <input type="checkbox" checked={chosen.value.has(`lesson:${l.id}`)} onChange={() => toggle(`lesson:${l.id}`)} /> {l.title}
                </label>
              ))}
          </div>
        ))}
      </fieldset>
      {pages.value.length > 0 && (
        <fieldset class="pick">
          <legend>Saved pages</legend>
          {pages.value.map((p) => (
            <label key={p.id} class="pick-item">
              <input type="checkbox" checked={chosen.value.has(`page:${p.id}`)} onChange={() => toggle(`page:${p.id}`)} /> {p.title}
            </label>
          ))}
        </fieldset>
      )}
      {error.value && (
        <p class="field-error" role="alert">
          {error.value}
        </p>
      )}
      <div class="row">
        <button type="submit" class="btn btn-primary">
          Create collection
        </button>
        <button type="button" class="btn btn-quiet" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ImportFromLink({ initialLink }: { initialLink?: string }) {
  const input = useSignal(initialLink ?? '');
  const decoded = useSignal<Decoded | undefined>(undefined);
  useEffect(() => {
    if (initialLink) void decodeCollection(initialLink).then((d) => (decoded.value = d));
  }, [initialLink]);
  const done = useSignal('');
  const lib = useLibrary();
  const known = new Set(lib?.lessons.map((l) => l.id));
  return (
    <section class="card stack" aria-labelledby="import-link-title">
      <h2 id="import-link-title">Import from a link</h2>
      <form
        class="row"
        onSubmit={async (e) => {
          e.preventDefault();
          done.value = '';
          decoded.value = await decodeCollection(input.value);
        }}
      >
        <label class="field grow">
          <span>Paste a shared collection link</span>
          <input value={input.value} onInput={(e) => (input.value = e.currentTarget.value)} data-testid="import-link" />
        </label>
        <button type="submit" class="btn">
          Open
        </button>
      </form>
      {decoded.value && !decoded.value.ok && (
        <p class="field-error" role="alert">
          {decoded.value.message}
        </p>
      )}
      {decoded.value?.ok && (
        <div class="preview stack">
          <CollectionView
            collection={decoded.value.collection}
            lessonHref={(id) => (known.has(id) ? dashboardLink('lesson', id) : undefined)}
          />
          <div>
            <button
              type="button"
              class="btn btn-primary"
              onClick={async () => {
                if (!decoded.value?.ok) return;
                const c = await importSharedCollection(decoded.value.collection);
                done.value = `Imported “${c.title}”.`;
                decoded.value = undefined;
                input.value = '';
              }}
            >
              Import this collection
            </button>
          </div>
        </div>
      )}
      {done.value && <p role="status">{done.value}</p>}
    </section>
  );
}

/** `link`: a collection link handed over by the site's "Import into Teachback" button. */
export function CollectionsPage({ link }: { link?: string }) {
  const collections = useLive(listCollections, [], undefined);
  const creating = useSignal(false);
  const list = collections.value;
  return (
    <section class="page narrow" aria-labelledby="collections-title">
      <header class="page-head">
        <h1 id="collections-title">Collections</h1>
        {!creating.value && (
          <button type="button" class="btn btn-primary" onClick={() => (creating.value = true)}>
            New collection
          </button>
        )}
      </header>
      <p class="muted">
        Lessons and saved pages gathered for someone — a new lead, a mentee, your team — and shared as one link. The link carries the whole
        collection; no server keeps it.
      </p>
      {creating.value && <NewCollection onDone={() => (creating.value = false)} />}
      {list && list.length === 0 && !creating.value && (
        <div class="card empty">
          <h2>Pass on what helped you</h2>
          <p class="muted">
            See one, do one, teach one: put together the lessons and pages that helped you, and share them with someone starting out.
          </p>
        </div>
      )}
      {list?.map((c) => (
        <article key={c.id} class="card stack" aria-labelledby={`c-${c.id}`} data-testid="collection-card">
          <h2 id={`c-${c.id}`}>{c.title}</h2>
          {c.note && <p class="muted">{c.note}</p>}
          <p class="muted">{(c.resourceIds ?? []).length} items</p>
          <ShareBox collection={c} />
        </article>
      ))}
      <ImportFromLink initialLink={link} />
    </section>
  );
}
