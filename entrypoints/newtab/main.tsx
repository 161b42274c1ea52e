import { render } from 'preact';
import '../../components/base.css';
import { NewtabError, NewtabPage } from '../../features/newtab/NewtabPage';
import { startNewtab } from '../../features/newtab/start';
import { rendered } from '../../lib/live/page-state';
import '../../features/newtab/newtab.css';

// Started by public/newtab-paint.js once the saved snapshot is in place. The first render
// waits for fresh data, so the snapshot is replaced in one step, without a flash between.
// Anything on screen before this mark came from the saved first frame (the tests check it).
performance.mark('tb:app-start');
const app = document.getElementById('app') as HTMLElement;
startNewtab()
  .then(
    (live) => render(<NewtabPage live={live} />, app),
    (error: unknown) => render(<NewtabError error={error} />, app),
  )
  .then(rendered)
  // After the first frame, and loaded then: it reads the database (Dexie).
  .then(() => import('../../lib/sync/live-port'))
  .then((live) => live.followWhileOpen());
