import type { Actions } from '../actions';
import type { NewtabData } from '../data';

/** The one widget contract: the data it shows, and actions once the store is ready. */
export interface WidgetProps {
  data: NewtabData;
  act?: Actions;
}
