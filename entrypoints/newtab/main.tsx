import { render } from 'preact';
import '../../components/base.css';
import { readSnapshot } from '../../features/newtab/data';
import { App } from './App';

// The first frame comes from the last snapshot, before the database code has even loaded.
const snapshot = readSnapshot();
render(<App snapshot={snapshot} />, document.getElementById('app') as HTMLElement);
if (snapshot) performance.mark('tb:first-content');
