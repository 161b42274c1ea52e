// A collection travels inside a link: JSON, deflated, base64url, after the `#` of the site's
// collection page. Nothing reaches a server; the page decodes it in the browser.
// valibot rather than zod here: it tree-shakes to a few kB, which keeps the site's collection page light.
import * as v from 'valibot';

export const LINK_VERSION = 'v1';
/** Longest fragment accepted: well above a 50-item collection, well below what breaks chat apps. */
export const MAX_FRAGMENT = 12_000;
/** Largest decompressed document; stops a small link that inflates to something huge. */
export const MAX_JSON_BYTES = 64 * 1024;
export const MAX_ITEMS = 60;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, 'too long'));
const itemSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('lesson'),
    lessonId: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,80}$/, 'not a lesson id')),
    title: text(200),
  }),
  v.strictObject({ kind: v.literal('page'), title: text(300), url: text(2_000), note: v.optional(text(1_000)) }),
]);
export const sharedCollectionSchema = v.strictObject({
  title: v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(200, 'too long')),
  note: v.optional(text(2_000)),
  items: v.pipe(v.array(itemSchema), v.maxLength(MAX_ITEMS, `more than ${MAX_ITEMS} items`)),
});
export type SharedCollection = v.InferOutput<typeof sharedCollectionSchema>;
export type SharedItem = SharedCollection['items'][number];

export type Decoded = { ok: true; collection: SharedCollection } | { ok: false; message: string };

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = Number.POSITIVE_INFINITY,
): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The part after `#`: `v1.` and the compressed collection. */
export async function encodeCollection(collection: SharedCollection): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(v.parse(sharedCollectionSchema, collection)));
  return `${LINK_VERSION}.${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`;
}

export function collectionUrl(siteUrl: string, fragment: string): string {
  return `${siteUrl.replace(/\/?$/, '/')}collection.html#${fragment}`;
}

const DAMAGED =
  'This link is damaged or incomplete: part of it may have been cut off or changed when it was copied. Ask for the link again.';

/** Reads a fragment (with or without `#`, or a whole URL) and says exactly what is wrong with a bad one. */
export async function decodeCollection(input: string): Promise<Decoded> {
  const fragment = (input.includes('#') ? input.slice(input.indexOf('#') + 1) : input).trim();
  if (!fragment) return { ok: false, message: 'This link holds no collection.' };
  if (fragment.length > MAX_FRAGMENT)
    return {
      ok: false,
      message: `This link is too long to be a Teachback collection (${fragment.length.toLocaleString('en')} characters; the most is ${MAX_FRAGMENT.toLocaleString('en')}).`,
    };
  const [version, data] = fragment.split('.', 2);
  if (version !== LINK_VERSION || !data)
    return { ok: false, message: 'This is not a Teachback collection link, or it comes from a newer version of Teachback.' };
  if (!/^[A-Za-z0-9_-]+$/.test(data)) return { ok: false, message: DAMAGED };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(
      await pipe(fromBase64Url(data), new DecompressionStream('deflate-raw'), MAX_JSON_BYTES),
    );
  } catch (e) {
    return {
      ok: false,
      message:
        e instanceof RangeError
          ? `This collection is larger than Teachback allows (over ${MAX_JSON_BYTES / 1024} KB when unpacked).`
          : DAMAGED,
    };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return { ok: false, message: DAMAGED };
  }
  const r = v.safeParse(sharedCollectionSchema, doc);
  if (!r.success) {
    const issue = r.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') || 'the whole collection';
    return { ok: false, message: `This link does not hold a valid collection (${path}: ${issue.message}).` };
  }
  return { ok: true, collection: r.output };
}

/** Only web addresses become links; anything else is shown as text. */
export function safeHref(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
