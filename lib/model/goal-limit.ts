/** Past this many active goals the app warns: focus beats breadth (four or five objectives). */
export const ACTIVE_GOAL_SOFT_LIMIT = 5;
