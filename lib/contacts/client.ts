import ContactsWorker from './contacts.worker?worker';
import type { ContactsReply, ContactsRequest } from './messages';

/** Sends one request to a fresh contacts worker and resolves with its reply. */
export function requestContacts(req: ContactsRequest): Promise<ContactsReply> {
  const worker = new ContactsWorker();
  return new Promise((resolve) => {
    worker.onmessage = (e: MessageEvent<ContactsReply>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      resolve({ type: 'failed', message: e.message || 'Reading the contacts stopped unexpectedly.' });
    };
    worker.postMessage(req);
  });
}
