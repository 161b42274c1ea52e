// The library as the extension and the site use it, after loading and checking content/.

export const ELEMENTS = ['reciprocity', 'learning', 'relationship', 'partnership', 'collaboration', 'goals', 'development'] as const;
export type Element = (typeof ELEMENTS)[number];

export const ELEMENT_LABEL: Record<Element, string> = {
  reciprocity: 'Reciprocity',
  learning: 'Learning',
  relationship: 'Relationship',
  partnership: 'Partnership',
  collaboration: 'Collaboration',
  goals: 'Mutually defined goals',
  development: 'Development',
};

export const STAGES = ['beginning', 'middle', 'ending', 'any'] as const;
export type Stage = (typeof STAGES)[number];
export const PROMPT_DIRECTIONS = ['up', 'peer', 'down', 'outside', 'any'] as const;
export type PromptDirection = (typeof PROMPT_DIRECTIONS)[number];

export interface Track {
  id: string;
  title: string;
  summary: string;
  /** Lesson ids in reading order. */
  lessons: string[];
}

/** A Markdown document with its front matter; `body` is Markdown, rendered per target. */
export interface Doc {
  id: string;
  title: string;
  minutes: number;
  body: string;
  words: number;
}

export interface Lesson extends Doc {
  track: string;
  tags: string[];
  prompts: string[];
  summary: string;
  sources: string[];
}

export interface CaseStudy extends Doc {
  tags: string[];
  lessons: string[];
}

export interface Prompt {
  id: string;
  text: string;
  element: Element;
  direction: PromptDirection;
  stage: Stage;
  lesson?: string;
}

export type Cue = Prompt;

/** A question the user can ask the other person in a 1:1; `{goal}` is filled with a linked goal. */
export interface Question {
  id: string;
  text: string;
  direction: PromptDirection;
  stage: Stage;
  element: Element;
  goal: boolean;
}

export interface AssessmentBand {
  min: number;
  max: number;
  title: string;
  advice: string;
}

export interface AssessmentItem {
  id: string;
  text: string;
  lesson?: string;
  /** Set on a statement that, answered "Not yet", rules out the higher bands on its own; says why, to the reader. */
  knockout?: string;
}

export interface AssessmentDef {
  id: 'mentor' | 'mentee';
  title: string;
  intro: string;
  scale: string[];
  items: AssessmentItem[];
  bands: AssessmentBand[];
}

export interface Library {
  tracks: Track[];
  lessons: Lesson[];
  prompts: Prompt[];
  cues: Cue[];
  questions: Question[];
  assessments: AssessmentDef[];
  cases: CaseStudy[];
  guide: Doc;
}
