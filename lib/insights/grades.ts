/** The four answers to "how well did you remember it?", with FSRS's rating numbers (Again=1 … Easy=4). */
export const GRADES = [
  { grade: 1, label: 'Forgot' },
  { grade: 2, label: 'Hard' },
  { grade: 3, label: 'Good' },
  { grade: 4, label: 'Easy' },
] as const;

export type GradeValue = (typeof GRADES)[number]['grade'];
