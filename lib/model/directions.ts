import type { Direction } from './types';

export const DIRECTION_LABEL: Record<Direction, string> = {
  up: 'Above you',
  peer: 'Beside you',
  down: 'Below you',
  outside: 'Outside',
};

export const DIRECTION_HINT: Record<Direction, string> = {
  up: 'A mentor, manager or someone more senior',
  peer: 'A peer you learn with',
  down: 'Someone you mentor or who reports to you',
  outside: 'Someone outside your organisation',
};
