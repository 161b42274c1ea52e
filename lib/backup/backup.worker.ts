// Import and export run here so that parsing and checking tens of megabytes never freezes the page.
import type { BackupReply, BackupRequest } from './messages';
import { runBackupRequest } from './run-request';

self.onmessage = (e: MessageEvent<BackupRequest>) => {
  void runBackupRequest(e.data, (reply: BackupReply) => self.postMessage(reply));
};
