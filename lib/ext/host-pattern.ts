// The host permission Teachback asks for to reach one address: its scheme and host, every port.
// Firefox refuses a port in a match pattern (the request then grants nothing, and requests
// still fail), and Chrome matches every port when none is given: one pattern works in both.

/** `https://couch.example.org:5984/db` → `https://couch.example.org/*`. */
export function hostPattern(address: string): string {
  const url = new URL(address);
  return `${url.protocol}//${url.hostname}/*`;
}
