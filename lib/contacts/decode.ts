// Contacts files arrive in whatever encoding the exporting program chose: UTF-8 with or
// without a byte-order mark, UTF-16 (Outlook, Excel's "Unicode text"), or an old Windows code
// page. The bytes decide; the file name is not trusted.

/** UTF-16 without a mark: most ASCII characters have a zero high byte, so zeros cluster on one side. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.3 && even < half * 0.05) return 'utf-16le';
  if (even > half * 0.3 && odd < half * 0.05) return 'utf-16be';
  return undefined;
}

function encodingOf(bytes: Uint8Array): { encoding: string; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return { encoding: bomlessUtf16(bytes) ?? 'utf-8', skip: 0 };
}

/** The file's text; UTF-8 that does not decode is read as Windows-1252, which every byte is. */
export function decodeText(bytes: Uint8Array): string {
  const { encoding, skip } = encodingOf(bytes);
  const body = bytes.subarray(skip);
  if (encoding !== 'utf-8') return new TextDecoder(encoding).decode(body);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

/** Control characters other than tabs and line breaks mean a binary file (an image, a zip, a spreadsheet). */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control > head.length * 0.02;
}
