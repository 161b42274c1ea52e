import { NetworkGlance } from '../../features/network/NetworkGlance';
import { openDashboard } from '../../lib/ext/navigate';

export function App() {
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Teachback</h1>
        <button type="button" class="btn btn-quiet" onClick={() => openDashboard()}>
          Open dashboard
        </button>
      </header>
      <NetworkGlance onAddFirst={() => openDashboard('#/people/new')} />
    </main>
  );
}
