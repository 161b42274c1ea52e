import type { MeetingKind } from './types';

/** The ways of being in touch that a quick log offers, in the popup and on the new tab alike. */
export const CONTACT_KINDS: ReadonlyArray<{ kind: MeetingKind; label: string }> = [
  { kind: 'call', label: 'Call' },
  { kind: 'message', label: 'Message' },
  { kind: 'chat', label: 'Chat' },
  { kind: 'meeting', label: 'Met' },
];
