// What the new tab shows: plain data, read in one pass by load.ts.
import type { Counts } from '../../lib/model/balance';
import type { DueState } from '../../lib/model/due';
import type { Streak } from '../../lib/model/streak';
import type { Direction, Owner } from '../../lib/model/types';
import type { Layout } from '../../lib/model/widgets';

export interface NewtabData {
  activeCount: number;
  /** Everyone kept, paused and ended included (what "Your data" counts). */
  everyone: number;
  layout: Layout;
  prompt?: { id: string; text: string; lesson?: string };
  cue?: { key: string; personId: string; name: string; direction: Direction; text: string; lesson?: string; added: boolean };
  due: Array<{ id: string; name: string; direction: Direction; state: DueState; text: string; lastContactAt?: string }>;
  meetings: Array<{ id: string; personId: string; name: string; at: string }>;
  actions: Array<{ id: string; text: string; owner: Owner; dueAt?: string; name?: string; overdue: boolean }>;
  goals: { active: Array<{ id: string; title: string; progress: number }>; count: number };
  balance: { counts: Counts; nudge?: string };
  insight?: { id: string; text: string; name?: string; dueCount: number };
  streak?: Streak;
}
