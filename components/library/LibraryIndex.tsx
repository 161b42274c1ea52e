import type { Lesson, Track } from '../../lib/content/types';

interface Props {
  tracks: Track[];
  lessons: Array<Pick<Lesson, 'id' | 'title' | 'minutes' | 'track' | 'summary'>>;
  hrefFor: (lessonId: string) => string;
  /** Optional marks per lesson, e.g. "Read" or "Tried". */
  markFor?: (lessonId: string) => string | undefined;
  headingLevel?: 2 | 3;
}

/** Tracks with their lessons: the home of the site and of the dashboard's library. */
export function LibraryIndex({ tracks, lessons, hrefFor, markFor, headingLevel = 2 }: Props) {
  const H = `h${headingLevel}` as 'h2';
  return (
    <div class="tracks">
      {tracks.map((t) => (
        <section key={t.id} class="track" aria-labelledby={`track-${t.id}`}>
          <H id={`track-${t.id}`}>{t.title}</H>
          <p class="muted">{t.summary}</p>
          <ul class="lesson-list">
            {lessons
              .filter((l) => l.track === t.id)
              .map((l) => {
                const mark = markFor?.(l.id);
                return (
                  <li key={l.id}>
                    <a href={hrefFor(l.id)}>{l.title}</a>
                    <span class="lesson-meta">
                      {l.minutes} min{mark ? <span class="lesson-mark"> · {mark}</span> : null}
                    </span>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}
