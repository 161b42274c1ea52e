import { useEffect } from 'preact/hooks';
import { lazyView } from '../../components/LazyView';
import { ReadFailures } from '../../components/ReadFailures';
import { PeoplePage } from '../../features/people/PeoplePage';
import { useHashRoute } from '../../lib/ui/use-hash-route';
import { useViewPlacement } from '../../lib/ui/view-placement';

// People is the first view: it comes with the page. Every other view is its own chunk,
// downloaded when it is first opened (or a pointer rests on its link).
const DataPage = lazyView(() => import('../../features/backup/DataPage').then((m) => m.DataPage));
const LibraryPage = lazyView(() => import('../../features/library/LibraryPage').then((m) => m.LibraryPage));
const ReflectionsPage = lazyView(() => import('../../features/reflections/ReflectionsPage').then((m) => m.ReflectionsPage));
const SettingsPage = lazyView(() => import('../../features/settings/SettingsPage').then((m) => m.SettingsPage));
const ResourcesPage = lazyView(() => import('../../features/resources/ResourcesPage').then((m) => m.ResourcesPage));
const GoalsPage = lazyView(() => import('../../features/goals/GoalsPage').then((m) => m.GoalsPage));
const ActionsPage = lazyView(() => import('../../features/actions/ActionsPage').then((m) => m.ActionsPage));
const InsightsPage = lazyView(() => import('../../features/insights/InsightsPage').then((m) => m.InsightsPage));
const ReviewPage = lazyView(() => import('../../features/review/ReviewPage').then((m) => m.ReviewPage));
const AssessmentsPage = lazyView(() => import('../../features/assessments/AssessmentsPage').then((m) => m.AssessmentsPage));
const CollectionsPage = lazyView(() => import('../../features/collections/CollectionsPage').then((m) => m.CollectionsPage));
const CalendarImport = lazyView(() => import('../../features/calendar/CalendarImport').then((m) => m.CalendarImport));
const SyncPage = lazyView(() => import('../../features/sync/SyncPage').then((m) => m.SyncPage));
const ContactsImport = lazyView(() => import('../../features/contacts/ContactsImport').then((m) => m.ContactsImport));
const NewPerson = lazyView(() => import('../../features/people/PersonEditor').then((m) => m.NewPerson));
const EditPerson = lazyView(() => import('../../features/people/PersonEditor').then((m) => m.EditPerson));

const PRELOAD: Record<string, { preload: () => void }> = {
  goals: GoalsPage,
  actions: ActionsPage,
  reflections: ReflectionsPage,
  insights: InsightsPage,
  review: ReviewPage,
  library: LibraryPage,
  assessments: AssessmentsPage,
  resources: ResourcesPage,
  collections: CollectionsPage,
  data: DataPage,
  settings: SettingsPage,
};

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
              <a href={`#/${key}`} aria-current={area === key ? 'page' : undefined} onPointerEnter={() => PRELOAD[key]?.preload()}>
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
