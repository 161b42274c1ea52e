import { networkLine } from '../../lib/model/people-counts';
import { PersonHead } from './PersonHead';
import { PickerField } from './PickerField';
import { PopupFrame } from './PopupFrame';
import { PrepView } from './PrepView';
import { QuickLog } from './QuickLog';
import { StepsNav } from './StepsNav';
import type { FirstRead } from './start';

const later = () => {};
const logLater = async () => {};

/**
 * The prep as the first read found it, drawn before the app's code has loaded. Its handlers do
 * nothing, but it is not inert: the focus, what is typed and the buttons pressed in it are
 * handed to the app when it takes over a moment later (lib/ui/handover.ts, popup/main.tsx).
 */
export function FirstFrame({ first }: { first: FirstRead }) {
  return (
    <PopupFrame
      picker={
        first.active ? (
          <div class="picker">
            <PickerField />
          </div>
        ) : null
      }
      foot={networkLine(first.active, first.everyone)}
    >
      <div class="conversation">
        <StepsNav step="prep" onStep={later}>
          <QuickLog name={first.prep.person.name} log={logLater} />
        </StepsNav>
        <PersonHead prep={first.prep} />
        <PrepView prep={first.prep} draft={first.draft} update={later} onStart={later} complete={later} plainNotes />
      </div>
    </PopupFrame>
  );
}
