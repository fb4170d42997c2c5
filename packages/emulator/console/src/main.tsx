import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useData, useLiveStatus } from './api.ts';
import { DatabasesPage } from './pages/Databases.tsx';
import { FunctionsPage } from './pages/Functions.tsx';
import { RealtimePage, RequestsPage } from './pages/Logs.tsx';
import { OutboxPage } from './pages/Outbox.tsx';
import { StoragePage } from './pages/Storage.tsx';
import { TeamsPage } from './pages/Teams.tsx';
import { UsersPage } from './pages/Users.tsx';
import type { Project } from './project.ts';
import { ErrorNote } from './ui.tsx';

const SECTIONS = [
  ['users', 'Users'],
  ['teams', 'Teams'],
  ['databases', 'Databases'],
  ['storage', 'Storage'],
  ['outbox', 'Outbox'],
  ['realtime', 'Realtime'],
  ['functions', 'Functions'],
  ['requests', 'Requests'],
] as const;

/** The route: `#/section/part/part`, each part URI-decoded. */
function useRoute(): string[] {
  const read = () => location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const update = () => setRoute(read());
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}

function Page(props: { route: string[]; project: Project }) {
  const [section = 'users', a, b, c] = props.route;
  switch (section) {
    case 'teams': return <TeamsPage teamId={a} />;
    case 'databases': return <DatabasesPage project={props.project} databaseId={a} collectionId={b} documentId={c} />;
    case 'storage': return <StoragePage project={props.project} bucketId={a} />;
    case 'outbox': return <OutboxPage messageId={a} />;
    case 'realtime': return <RealtimePage />;
    case 'functions': return <FunctionsPage project={props.project} />;
    case 'requests': return <RequestsPage />;
    default: return <UsersPage userId={a} />;
  }
}

function App() {
  const route = useRoute();
  const project = useData<Project>('project');
  const live = useLiveStatus();
  const section = route[0] ?? 'users';
  useEffect(() => {
    const name = SECTIONS.find(([key]) => key === section)?.[1] ?? 'Users';
    document.title = `${name} · ${project.data?.projectName ?? 'Emulator'} console`;
  }, [section, project.data]);
  return (
    <div class="layout">
      <a class="skip" href="#main">Skip to content</a>
      <nav class="sidebar" aria-label="Sections">
        <div class="brand">
          <span class="logo" aria-hidden="true">aw</span>
          <div>
            <strong>{project.data?.projectName ?? '…'}</strong>
            <span class="muted">emulator console</span>
          </div>
        </div>
        <ul>
          {SECTIONS.map(([key, label]) => (
            <li key={key}>
              <a href={`#/${key}`} aria-current={section === key ? 'page' : undefined}>{label}</a>
            </li>
          ))}
        </ul>
        <p class={`live ${live ? 'on' : 'off'}`} role="status">
          <span class="dot" aria-hidden="true" />
          {live ? 'Live' : 'Reconnecting…'}
        </p>
      </nav>
      <main id="main" tabIndex={-1}>
        <ErrorNote error={project.error} />
        {project.data ? <Page route={route} project={project.data} /> : null}
      </main>
    </div>
  );
}

render(<App />, document.getElementById('app')!);
