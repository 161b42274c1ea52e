/**
 * When a record was last changed, for records written before `updatedAt` was kept (older
 * databases, hand-made or older backups): the latest date it already carries.
 */
export function lastChanged(r: Record<string, unknown>): string | undefined {
  if (typeof r.updatedAt === 'string') return r.updatedAt;
  const dates = ['createdAt', 'at', 'savedAt', 'seenAt', 'triedAt', 'startedAt'].map((f) => r[f]).filter((d) => typeof d === 'string');
  return (dates as string[]).sort().at(-1);
}

/** The record with an `updatedAt`, `fallback` when it carries no date at all. */
export function withUpdatedAt<T extends object>(r: T, fallback: string): T & { updatedAt: string } {
  return { ...r, updatedAt: lastChanged(r as Record<string, unknown>) ?? fallback };
}
