import { networkLine } from '../../lib/model/people-counts';
import { PersonHead } from './PersonHead';
import { PopupFrame } from './PopupFrame';
import { PrepView } from './PrepView';
import { QuickLog } from './QuickLog';
import { StepsNav } from './StepsNav';
import type { FirstRead } from './start';

const later = () => {};
const logLater = async () => {};

/**
 * The prep as the first read found it, drawn before the app's code has loaded. Inert: nothing
 * in it can be used until the app replaces it (start.ts), a moment later.
 */
export function FirstFrame({ first }: { first: FirstRead }) {
  return (
    <PopupFrame foot={networkLine(first.active, first.everyone)}>
      <div class="conversation" inert>
        <StepsNav step="prep" onStep={later}>
          <QuickLog name={first.prep.person.name} log={logLater} />
        </StepsNav>
        <PersonHead prep={first.prep} />
        <PrepView prep={first.prep} draft={first.draft} update={later} onStart={later} complete={later} />
      </div>
    </PopupFrame>
  );
}
