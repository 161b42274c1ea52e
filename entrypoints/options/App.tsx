import { useEffect } from 'preact/hooks';
import { ReadFailures } from '../../components/ReadFailures';
import { ActionsPage } from '../../features/actions/ActionsPage';
import { AssessmentsPage } from '../../features/assessments/AssessmentsPage';
import { DataPage } from '../../features/backup/DataPage';
import { CalendarImport } from '../../features/calendar/CalendarImport';
import { CollectionsPage } from '../../features/collections/CollectionsPage';
import { ContactsImport } from '../../features/contacts/ContactsImport';
import { GoalsPage } from '../../features/goals/GoalsPage';
import { InsightsPage } from '../../features/insights/InsightsPage';
import { LibraryPage } from '../../features/library/LibraryPage';
import { PeoplePage } from '../../features/people/PeoplePage';
import { EditPerson, NewPerson } from '../../features/people/PersonEditor';
import { ReflectionsPage } from '../../features/reflections/ReflectionsPage';
import { ResourcesPage } from '../../features/resources/ResourcesPage';
import { ReviewPage } from '../../features/review/ReviewPage';
import { SettingsPage } from '../../features/settings/SettingsPage';
import { SyncPage } from '../../features/sync/SyncPage';
import { useHashRoute } from '../../lib/ui/use-hash-route';
import { useViewPlacement } from '../../lib/ui/view-placement';

const NAV = [
  ['people', 'People'],
  ['goals', 'Goals'],
  ['actions', 'Actions'],
  ['reflections', 'Reflections'],
  ['insights', 'Insights'],
  ['review', 'Review'],
  ['library', 'Library'],
  ['assessments', 'Self-assessments'],
  ['resources', 'Saved pages'],
  ['collections', 'Collections'],
  ['data', 'Your data'],
  ['settings', 'Settings'],
] as const;

function Page({ route }: { route: string[] }) {
  const [area = 'people', id] = route;
  if (area === 'data') return <DataPage />;
  if (area === 'library') return <LibraryPage route={route} />;
  if (area === 'reflections') return <ReflectionsPage promptId={id === 'new' ? route[2] : undefined} />;
  if (area === 'settings') return id === 'sync' ? <SyncPage /> : <SettingsPage />;
  if (area === 'resources') return <ResourcesPage id={id} />;
  if (area === 'goals') return <GoalsPage id={id} />;
  if (area === 'actions') return <ActionsPage />;
  if (area === 'insights') return <InsightsPage />;
  if (area === 'review') return <ReviewPage view={id} />;
  if (area === 'assessments') return <AssessmentsPage kind={id} />;
  if (area === 'collections') return <CollectionsPage link={id === 'import' ? `#${route.slice(2).join('/')}` : undefined} />;
  if (id === 'import') return <ContactsImport />;
  if (id === 'calendar') return <CalendarImport />;
  if (id === 'new') return <NewPerson />;
  if (id) return <EditPerson id={id} />;
  return <PeoplePage />;
}

export function App() {
  // First: its listener must see the view being left, before the route's listener renders the next.
  useViewPlacement();
  const route = useHashRoute();
  const area = route[0] ?? 'people';
  const label = NAV.find(([key]) => key === area)?.[1] ?? 'People';
  useEffect(() => {
    document.title = `${label} · Teachback`;
  }, [label]);
  return (
    <div class="dashboard">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <nav class="sidebar" aria-label="Dashboard">
        <p class="brand">Teachback</p>
        <ul>
          {NAV.map(([key, label]) => (
            <li key={key}>
              <a href={`#/${key}`} aria-current={area === key ? 'page' : undefined}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <ReadFailures />
        <Page route={route} />
      </main>
    </div>
  );
}
