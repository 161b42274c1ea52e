import type { Actions } from '../actions';
import type { NewtabData } from '../data';

/** The one widget contract: the data it shows, and what its buttons may do. */
export interface WidgetProps {
  data: NewtabData;
  act: Actions;
}
