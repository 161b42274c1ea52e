// Scores the readiness self-assessment as the reader answers. Without JavaScript the page
// still explains how to score by hand.
import { scoreAssessment } from '../../lib/content/score';
import type { AssessmentDef } from '../../lib/content/types';

const def = JSON.parse(document.getElementById('assessment-data')?.textContent ?? 'null') as AssessmentDef | null;
const form = document.getElementById('assessment') as HTMLFormElement | null;
const result = document.getElementById('result');

function update(): void {
  if (!def || !form || !result) return;
  const answers: Record<string, number> = {};
  for (const [k, v] of new FormData(form)) answers[k] = Number(v);
  const { score, band, answered, enough, knockouts } = scoreAssessment(def, answers);
  result.hidden = false;
  result.replaceChildren();
  const p = (text: string, cls?: string) => Object.assign(document.createElement('p'), { textContent: text, className: cls ?? '' });
  if (!enough) {
    result.append(
      p(
        `${answered} of ${def.items.length} answered. Skip any that do not apply; your score appears once about two-thirds are answered, including the essential ones.`,
        'muted',
      ),
    );
    return;
  }
  const heading = Object.assign(document.createElement('h2'), { textContent: `Your score: ${score} / 100 — ${band.title}` });
  heading.dataset.testid = 'assessment-score';
  result.append(heading, ...knockouts.map((k) => p(`Whatever the total, one answer comes first: ${k.why}`)), p(band.advice));
  if (answered < def.items.length)
    result.append(p(`Scored on the ${answered} statements you answered; the ones you skipped do not count.`, 'muted'));
}

form?.addEventListener('change', update);
