export function backupFilename(now = new Date()): string {
  return `teachback-backup-${now.toISOString().slice(0, 10)}.json`;
}
