// Reading an address book (thousands of cards, photos to skip) and the import itself run here,
// so the preview page never freezes.
import type { ContactsRequest } from './messages';
import { runContactsRequest } from './run-request';

self.onmessage = async (e: MessageEvent<ContactsRequest>) => {
  self.postMessage(await runContactsRequest(e.data));
};
