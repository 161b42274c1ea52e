import { networkLine } from '../../lib/model/people-counts';
import { PersonHead } from './PersonHead';
import { PopupFrame } from './PopupFrame';
import { PrepView } from './PrepView';
import type { FirstRead } from './start';

const later = () => {};

/**
 * The prep as the first read found it, drawn before the app's code has loaded. Inert: nothing
 * in it can be used until the app replaces it (start.ts), a moment later.
 */
export function FirstFrame({ first }: { first: FirstRead }) {
  return (
    <PopupFrame foot={networkLine(first.active, first.everyone)}>
      <div class="conversation" inert>
        <PersonHead prep={first.prep} />
        <PrepView prep={first.prep} draft={first.draft} update={later} onStart={later} complete={later} />
      </div>
    </PopupFrame>
  );
}
