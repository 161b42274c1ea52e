import { useEffect, useRef } from 'preact/hooks';
import { ForTeams } from '../../components/library/ForTeams';
import { LessonArticle } from '../../components/library/LessonArticle';
import { LibraryIndex } from '../../components/library/LibraryIndex';
import { PromptBank } from '../../components/library/PromptBank';
import { useLibrary } from '../../components/library/use-library';
import { dashboardLink } from '../../lib/content/links';
import { minutesRange } from '../../lib/content/reading-time';
import { useLive } from '../../lib/live/live-signal';
import { markSeen, progressById, setTried } from '../../lib/repos/lesson-progress';
import { handleTemplateCopies } from './copy-template';
import './library.css';

function LessonRoute({ id }: { id: string }) {
  const lib = useLibrary();
  const progress = useLive(progressById, [], undefined);
  const page = useRef<HTMLDivElement>(null);
  useEffect(() => {
    void markSeen(id);
  }, [id]);
  useEffect(() => (page.current ? handleTemplateCopies(page.current) : undefined), [lib]);
  if (!lib) return null;
  const lesson = lib.lessons.find((l) => l.id === id);
  if (!lesson) return <NotFound />;
  const tried = !!progress.value?.get(id)?.triedAt;
  return (
    <div class="page narrow" ref={page}>
      <a href="#/library" class="back">
        ← Library
      </a>
      <LessonArticle
        lesson={lesson}
        trackTitle={lib.tracks.find((t) => t.id === lesson.track)?.title ?? ''}
        prompts={lib.prompts.filter((p) => lesson.prompts.includes(p.id))}
      >
        <div class="tried card row">
          <p>
            {tried
              ? 'You did this lesson’s “try this” step. Nice.'
              : 'Did the “try this” step? Mark it, so you can see what you have put into practice.'}
          </p>
          <button type="button" class={`btn ${tried ? '' : 'btn-primary'}`} aria-pressed={tried} onClick={() => setTried(id, !tried)}>
            {tried ? 'Tried ✓' : 'I tried it'}
          </button>
        </div>
      </LessonArticle>
    </div>
  );
}

function DocRoute({ kind, id }: { kind: 'case' | 'guide'; id: string }) {
  const lib = useLibrary();
  if (!lib) return null;
  const doc = kind === 'guide' ? (lib.guide.id === id ? lib.guide : undefined) : lib.cases.find((c) => c.id === id);
  if (!doc) return <NotFound />;
  return (
    <div class="page narrow">
      <a href="#/library" class="back">
        ← Library
      </a>
      <article class="lesson" aria-labelledby="doc-title">
        <header class="lesson-head">
          <p class="eyebrow">
            {kind === 'guide' ? 'Facilitation guide' : 'Case study'} · {doc.minutes} min read
          </p>
          <h1 id="doc-title">{doc.title}</h1>
        </header>
        <div class="prose" dangerouslySetInnerHTML={{ __html: doc.html }} />
      </article>
    </div>
  );
}

function NotFound() {
  return (
    <div class="page narrow">
      <h1>Not in the library</h1>
      <p>
        <a href="#/library">Back to the library</a>
      </p>
    </div>
  );
}

function LibraryHome() {
  const lib = useLibrary();
  const progress = useLive(progressById, [], undefined);
  if (!lib) return null;
  const p = progress.value;
  const read = lib.lessons.filter((l) => p?.get(l.id)?.seenAt).length;
  const tried = lib.lessons.filter((l) => p?.get(l.id)?.triedAt).length;
  return (
    <section class="page" aria-labelledby="library-title">
      <header class="page-head">
        <h1 id="library-title">Library</h1>
        <p class="muted" data-testid="library-progress">
          {read} of {lib.lessons.length} lessons read · {tried} tried
        </p>
      </header>
      <p class="muted">
        Lessons of {minutesRange(lib.lessons)} minutes on mentoring in every direction. Each ends with one thing to try today. Everything
        here works offline.
      </p>
      <LibraryIndex
        tracks={lib.tracks}
        lessons={lib.lessons}
        hrefFor={(id) => dashboardLink('lesson', id)}
        markFor={(id) => (p?.get(id)?.triedAt ? 'Tried' : p?.get(id)?.seenAt ? 'Read' : undefined)}
      />
      <ForTeams cases={lib.cases} guide={lib.guide} prompts={lib.prompts.length} linkFor={dashboardLink} promptsHref="#/library/prompts" />
    </section>
  );
}

function PromptsRoute() {
  const lib = useLibrary();
  if (!lib) return null;
  return (
    <section class="page narrow" aria-labelledby="prompts-title">
      <a href="#/library" class="back">
        ← Library
      </a>
      <h1 id="prompts-title">Reflection prompts</h1>
      <p class="muted">
        {lib.prompts.length} questions to answer in one line, by the element of mentoring they exercise. Each links to the lesson that goes
        deeper.
      </p>
      <PromptBank prompts={lib.prompts} lessonHref={(id) => dashboardLink('lesson', id)} />
    </section>
  );
}

export function LibraryPage({ route }: { route: string[] }) {
  const [, kind, id] = route;
  if (kind === 'prompts') return <PromptsRoute />;
  if (kind === 'lesson' && id) return <LessonRoute id={id} />;
  if ((kind === 'case' || kind === 'guide') && id) return <DocRoute kind={kind} id={id} />;
  return <LibraryHome />;
}
