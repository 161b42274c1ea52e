import { askOnce } from '../worker/ask-once';
import ContactsWorker from './contacts.worker?worker';
import type { ContactsReply, ContactsRequest } from './messages';

export const requestContacts = (req: ContactsRequest): Promise<ContactsReply> =>
  askOnce<ContactsRequest, ContactsReply>(new ContactsWorker(), req, 'Reading the contacts stopped unexpectedly.');
