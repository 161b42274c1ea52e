/** A copy without keys whose value is undefined, so stored records hold only real fields. */
export function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
