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
  const { score, band, answered } = scoreAssessment(def, answers);
  result.hidden = false;
  result.replaceChildren();
  const p = (text: string, cls?: string) => Object.assign(document.createElement('p'), { textContent: text, className: cls ?? '' });
  if (answered < def.items.length) {
    result.append(p(`${answered} of ${def.items.length} answered. Your score appears when all are done.`, 'muted'));
    return;
  }
  const heading = Object.assign(document.createElement('h2'), { textContent: `Your score: ${score} / 100 — ${band.title}` });
  heading.dataset.testid = 'assessment-score';
  result.append(heading, p(band.advice));
}

form?.addEventListener('change', update);
