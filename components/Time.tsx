import { exactDate, relativeDay } from '../lib/format/relative';

/** A relative date with the exact one on hover and for assistive tech. */
export function Time({ iso, now = new Date() }: { iso: string; now?: Date }) {
  return (
    <time dateTime={iso} title={exactDate(iso)}>
      {relativeDay(iso, now)}
    </time>
  );
}
