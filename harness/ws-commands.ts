// Commands over a JSON WebSocket protocol: Chromium's DevTools protocol (the bench's bare
// harness) and WebDriver BiDi (the Firefox tests). Each command is answered by the reply that
// carries its id; the protocols differ only in how a reply says it failed.
import type WebSocket from 'ws';

export type Reply = Record<string, unknown> & { id?: number };
export type Send = <T>(method: string, params?: object, extra?: object) => Promise<T>;

/** `failure` says why a reply is an error (undefined when it is not); `extra` joins the command. */
export function wsCommands(ws: WebSocket, failure: (reply: Reply) => string | undefined): Send {
  let next = 0;
  const waiting = new Map<number, (reply: Reply) => void>();
  ws.on('message', (m) => {
    const reply = JSON.parse(String(m)) as Reply;
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  return <T>(method: string, params: object = {}, extra: object = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = ++next;
      waiting.set(id, (reply) => {
        waiting.delete(id);
        const why = failure(reply);
        if (why !== undefined) reject(new Error(`${method}: ${why}`));
        else resolve(reply.result as T);
      });
      ws.send(JSON.stringify({ id, method, params, ...extra }));
    });
}
