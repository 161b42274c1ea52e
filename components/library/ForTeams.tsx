import type { LinkFor } from '../../lib/content/markdown';
import type { CaseStudy, Doc } from '../../lib/content/types';

interface Props {
  cases: Array<Pick<CaseStudy, 'id' | 'title' | 'minutes'>>;
  guide: Pick<Doc, 'id' | 'title' | 'minutes'>;
  prompts: number;
  linkFor: LinkFor;
  promptsHref: string;
}

/** Case studies, the facilitation guide and the prompt bank: the site's home and the dashboard's library. */
export function ForTeams({ cases, guide, prompts, linkFor, promptsHref }: Props) {
  return (
    <section class="track" aria-labelledby="for-teams">
      <h2 id="for-teams">For teams and reading circles</h2>
      <p class="muted">Stories to discuss together, and a plan for running the hour.</p>
      <ul class="lesson-list">
        {cases.map((c) => (
          <li key={c.id}>
            <a href={linkFor('case', c.id)}>{c.title}</a>
            <span class="lesson-meta">Case study · {c.minutes} min</span>
          </li>
        ))}
        <li>
          <a href={linkFor('guide', guide.id)}>{guide.title}</a>
          <span class="lesson-meta">Guide · {guide.minutes} min</span>
        </li>
        <li>
          <a href={promptsHref}>All {prompts} reflection prompts</a>
          <span class="lesson-meta">Prompt bank</span>
        </li>
      </ul>
    </section>
  );
}
