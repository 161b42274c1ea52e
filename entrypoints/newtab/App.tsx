import { NetworkGlance } from '../../features/network/NetworkGlance';
import { openDashboard } from '../../lib/ext/navigate';

export function App() {
  return (
    <main class="newtab">
      <header class="newtab-head">
        <p class="newtab-brand">Teachback</p>
        <button type="button" class="btn btn-quiet" onClick={() => openDashboard()}>
          Dashboard
        </button>
      </header>
      <div class="card newtab-card">
        <NetworkGlance onAddFirst={() => openDashboard('#/people/new')} />
      </div>
    </main>
  );
}
