import type { Rendered } from '../../lib/content/render';
import type { Lesson, Prompt } from '../../lib/content/types';

interface Props {
  lesson: Rendered<Lesson>;
  trackTitle: string;
  prompts: Prompt[];
  /** Extra controls after the lesson (progress buttons in the dashboard). */
  children?: preact.ComponentChildren;
}

/** A lesson as it reads in the dashboard and on the site. Its HTML comes from our own content, rendered at build time. */
export function LessonArticle({ lesson, trackTitle, prompts, children }: Props) {
  return (
    <article class="lesson" aria-labelledby="lesson-title">
      <header class="lesson-head">
        <p class="eyebrow">
          {trackTitle} · {lesson.minutes} min read
        </p>
        <h1 id="lesson-title">{lesson.title}</h1>
        <p class="lesson-summary">{lesson.summary}</p>
      </header>
      <div class="prose" dangerouslySetInnerHTML={{ __html: lesson.html }} />
      {children}
      {prompts.length > 0 && (
        <section class="lesson-prompts" aria-labelledby="reflect-title">
          <h2 id="reflect-title">Questions to sit with</h2>
          <ul>
            {prompts.map((p) => (
              <li key={p.id}>{p.text}</li>
            ))}
          </ul>
        </section>
      )}
      {lesson.sources.length > 0 && (
        <footer class="lesson-sources">
          <h2>Where the ideas come from</h2>
          <ul>
            {lesson.sources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </footer>
      )}
    </article>
  );
}
