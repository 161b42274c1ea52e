import { render } from 'preact';
import '../../components/base.css';
import { readSnapshot } from '../../features/newtab/data';
import '../../features/newtab/newtab.css';
import { App } from './App';

// Runs after the first frame (see public/newtab-paint.js). Fetch the database code in
// parallel, and render the same state as the painted snapshot over it.
void import('../../features/newtab/live');
const snapshot = readSnapshot();
render(<App snapshot={snapshot} />, document.getElementById('app') as HTMLElement);
if (snapshot) performance.mark('tb:first-content');
