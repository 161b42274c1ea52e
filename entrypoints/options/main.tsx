import { render } from 'preact';
import '../../components/base.css';
import './style.css';
import { rendered } from '../../lib/live/page-state';
import { followWhileOpen } from '../../lib/sync/live-port';
import { App } from './App';

render(<App />, document.getElementById('app') as HTMLElement);
rendered();
void followWhileOpen();
