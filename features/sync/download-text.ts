// What the sync page says while a device's first download runs: it has two steps (the records
// arrive in the replica, then go into this browser's database), and one bar covers both.
import type { DownloadProgress } from '../../lib/sync/status';

const count = (n: number) => n.toLocaleString('en');

export function downloadText(p: DownloadProgress): { label: string; value: number; max: number } {
  const received = Math.min(p.received, p.total);
  const applied = Math.min(p.applied, p.total);
  const label = p.applied
    ? `Adding them to this browser: ${count(applied)} of ${count(p.total)} records`
    : `Receiving your network: ${count(received)} of ${count(p.total)} records`;
  return { label, value: received + applied, max: 2 * p.total || 1 };
}
