// The bundled prompt bank and teach-back cues, and where the rotation keeps its settings and
// state: read by the new tab, the reflections, and Settings.
import cues from '../../content/cues.json';
import prompts from '../../content/prompts.json';
import type { Cue, Prompt } from '../content/types';

export const BANK = prompts as Prompt[];
export const CUES = cues as Cue[];
