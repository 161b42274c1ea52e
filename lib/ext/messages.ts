import { browser } from 'wxt/browser';

/** Every message the background accepts, by name. */
export interface MessageMap {
  /** From the site bridge: open the dashboard's import preview for a collection link. */
  'open-import': { link: string };
  /** From a page: run a sync round now (after setup, on "Sync now", when a page opens). */
  'sync-now': Record<never, never>;
}
export type Message = { [K in keyof MessageMap]: { type: K } & MessageMap[K] }[keyof MessageMap];

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  if (m.type === 'sync-now') return true;
  return m.type === 'open-import' && typeof m.link === 'string' && m.link.length <= 20_000;
}

/** Only the extension's own pages and content scripts may talk to the background. */
export function fromThisExtension(sender: { id?: string }): boolean {
  return sender.id === browser.runtime.id;
}

export function send(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}
