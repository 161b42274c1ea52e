import { CollectionView } from '../components/library/CollectionView';
import { ForTeams } from '../components/library/ForTeams';
import { LessonArticle } from '../components/library/LessonArticle';
import { LibraryIndex } from '../components/library/LibraryIndex';
import { PromptBank } from '../components/library/PromptBank';
import { siteLink } from '../lib/content/links';
import { minutesRange } from '../lib/content/reading-time';
import type { Rendered, RenderedLibrary } from '../lib/content/render';
import type { AssessmentDef, Doc, Lesson } from '../lib/content/types';
import { Layout } from './Layout';

export function HomePage({ lib }: { lib: RenderedLibrary }) {
  return (
    <Layout
      title="Lessons on mentoring in every direction"
      description="Short lessons on building and running a mentoring network."
      depth={0}
    >
      <section class="hero">
        <h1>Learn from everyone around you, and teach back</h1>
        <p class="lead">
          {lib.lessons.length} short lessons on mentoring above, beside and below you, and outside your organisation. Each takes{' '}
          {minutesRange(lib.lessons)} minutes to read and ends with one thing to try today.
        </p>
      </section>
      <LibraryIndex tracks={lib.tracks} lessons={lib.lessons} hrefFor={(id) => `lessons/${id}.html`} />
      <ForTeams cases={lib.cases} guide={lib.guide} prompts={lib.prompts.length} linkFor={siteLink(0)} promptsHref="prompts.html" />
    </Layout>
  );
}

function NextLesson({ lib, lesson }: { lib: RenderedLibrary; lesson: Rendered<Lesson> }) {
  const track = lib.tracks.find((t) => t.id === lesson.track);
  const i = track?.lessons.indexOf(lesson.id) ?? -1;
  const next = lib.lessons.find((l) => l.id === track?.lessons[i + 1]);
  return (
    <nav class="next-lesson" aria-label="Keep reading">
      <a href="../index.html">All lessons</a>
      {next && (
        <a href={`${next.id}.html`}>
          Next in {track?.title}: {next.title} →
        </a>
      )}
    </nav>
  );
}

export function LessonPage({ lib, lesson }: { lib: RenderedLibrary; lesson: Rendered<Lesson> }) {
  return (
    <Layout title={lesson.title} description={lesson.summary} depth={1}>
      <LessonArticle
        lesson={lesson}
        trackTitle={lib.tracks.find((t) => t.id === lesson.track)?.title ?? ''}
        prompts={lib.prompts.filter((p) => lesson.prompts.includes(p.id))}
      />
      <NextLesson lib={lib} lesson={lesson} />
    </Layout>
  );
}

export function DocPage({ doc, kind, depth }: { doc: Rendered<Doc>; kind: string; depth: number }) {
  return (
    <Layout title={doc.title} description={`${kind}: ${doc.title}`} depth={depth}>
      <article class="lesson" aria-labelledby="doc-title">
        <header class="lesson-head">
          <p class="eyebrow">
            {kind} · {doc.minutes} min read
          </p>
          <h1 id="doc-title">{doc.title}</h1>
        </header>
        <div class="prose" dangerouslySetInnerHTML={{ __html: doc.html }} />
      </article>
    </Layout>
  );
}

export function PromptsPage({ lib }: { lib: RenderedLibrary }) {
  return (
    <Layout title="Reflection prompts" description="Questions to answer in one line about the people you learn from and teach." depth={0}>
      <h1>Reflection prompts</h1>
      <p class="lead">
        {lib.prompts.length} questions, each answerable in one line. Teachback shows one on every new tab; here they all are, by the element
        of mentoring they exercise.
      </p>
      <PromptBank prompts={lib.prompts} lessonHref={(id) => `lessons/${id}.html`} />
    </Layout>
  );
}

export function AssessmentPage({ def }: { def: AssessmentDef }) {
  const top = def.scale.length - 1;
  const max = def.items.length * top;
  return (
    <Layout title={def.title} description={def.intro} depth={1} scripts={['assessment.js']}>
      <h1>{def.title}</h1>
      <p class="lead">{def.intro}</p>
      <form class="assessment" id="assessment" aria-describedby="how-to-score">
        {def.items.map((item, n) => (
          <fieldset key={item.id} class="assessment-item">
            <legend>
              <span class="item-number">{n + 1}.</span> {item.text}
              {item.knockout && <span class="muted"> (essential)</span>}
            </legend>
            <div class="scale">
              {def.scale.map((label, v) => (
                <label key={label}>
                  <input type="radio" name={item.id} value={v} /> {label}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </form>
      <div id="result" class="result card" aria-live="polite" hidden />
      <section id="how-to-score" class="how-to-score" aria-labelledby="score-yourself">
        <h2 id="score-yourself">Scoring it yourself</h2>
        <p>
          Count {def.scale.map((s, i) => `“${s}” as ${i}`).join(', ')}. Add up your answers, divide by {top} times the number of statements
          you answered (all {def.items.length}: {max}) and multiply by 100. Statements you skip do not count, but answer at least
          two-thirds, and every one marked essential: if you answer “{def.scale[0]}” to an essential statement, read the first row below
          whatever your total. With JavaScript on, this page does it for you as you answer.
        </p>
        <table>
          <caption class="visually-hidden">What your score means</caption>
          <thead>
            <tr>
              <th scope="col">Score</th>
              <th scope="col">What it suggests</th>
            </tr>
          </thead>
          <tbody>
            {def.bands.map((b) => (
              <tr key={b.title}>
                <td>
                  {b.min}–{b.max}
                </td>
                <td>
                  <strong>{b.title}.</strong> {b.advice}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <script
        type="application/json"
        id="assessment-data"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(def).replace(/</g, '\\u003c') }}
      />
    </Layout>
  );
}

export function CollectionPage({ lessonIds }: { lessonIds: string[] }) {
  return (
    <Layout
      title="A shared collection"
      description="Lessons and pages someone chose to share with you."
      depth={0}
      scripts={['collection.js']}
    >
      <div id="collection" data-testid="collection">
        <p class="muted">
          A shared collection travels inside its link, and this page needs JavaScript to unpack it. Nothing is sent to a server.
        </p>
      </div>
      <section class="import-help card" aria-labelledby="import-title">
        <h2 id="import-title">Have Teachback?</h2>
        <p>
          Keep this collection in your own Teachback. If the button below does not appear, open your dashboard, go to{' '}
          <strong>Collections</strong>, choose <strong>Import from a link</strong> and paste this page’s address. The collection is unpacked
          from the link in your browser; nothing is sent anywhere.
        </p>
        <button type="button" id="teachback-import" class="btn btn-primary" hidden>
          Import into Teachback
        </button>
      </section>
      <script type="application/json" id="lesson-ids" dangerouslySetInnerHTML={{ __html: JSON.stringify(lessonIds) }} />
    </Layout>
  );
}

export { CollectionView };
