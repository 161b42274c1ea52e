import { ELEMENT_LABEL, ELEMENTS, type Prompt } from '../../lib/content/types';

const DIRECTION_LABEL: Record<string, string> = {
  up: 'Above you',
  peer: 'Beside you',
  down: 'Below you',
  outside: 'Outside',
  any: 'Anyone',
};
const STAGE_LABEL: Record<string, string> = { beginning: 'Starting out', middle: 'Under way', ending: 'Ending', any: 'Any time' };

/** The reflection prompts by element of mentoring, each with a link to the lesson that goes deeper. */
export function PromptBank({ prompts, lessonHref }: { prompts: Prompt[]; lessonHref: (id: string) => string }) {
  return (
    <>
      {ELEMENTS.map((e) => (
        <section key={e} class="prompt-group" aria-labelledby={`el-${e}`}>
          <h2 id={`el-${e}`}>{ELEMENT_LABEL[e]}</h2>
          <ul class="prompt-list">
            {prompts
              .filter((p) => p.element === e)
              .map((p) => (
                <li key={p.id}>
                  <span class="prompt-text">{p.text}</span>
                  <span class="prompt-tags">
                    {DIRECTION_LABEL[p.direction]} · {STAGE_LABEL[p.stage]}
                    {p.lesson && (
                      <>
                        {' · '}
                        <a href={lessonHref(p.lesson)}>Read the lesson</a>
                      </>
                    )}
                  </span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </>
  );
}
