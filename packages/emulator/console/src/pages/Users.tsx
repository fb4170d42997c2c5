import { useState } from 'preact/hooks';
import { call, seg, useData, type ConsoleError } from '../api.ts';
import { ActionButton, Badge, Empty, ErrorNote, Fields, Json, PageHeader, Time } from '../ui.tsx';

interface User {
  $id: string; $createdAt: string; name: string; email: string; phone: string; status: boolean; labels: string[];
  emailVerification: boolean; phoneVerification: boolean; mfa: boolean; prefs: Record<string, unknown>; accessedAt: string;
}
interface Session { $id: string; $createdAt: string; provider: string; expire: string; ip: string; clientName: string; osName: string; factors: string[] }
interface Membership { $id: string; teamId: string; teamName: string; roles: string[]; confirm: boolean }
interface UserDetail { user: User; sessions: Session[]; memberships: Membership[]; mfaFactors: Record<string, boolean> }

/** The users page: a searchable list and the chosen user's details. */
export function UsersPage(props: { userId?: string }) {
  const [search, setSearch] = useState('');
  const list = useData<{ total: number; users: User[] }>(`users?search=${seg(search)}`);
  return (
    <div class="split">
      <section class="pane list-pane" aria-labelledby="users-title">
        <PageHeader title="Users" subtitle={list.data ? `${list.data.total} in this project` : undefined} />
        <label class="search">
          <span class="visually-hidden">Search users</span>
          <input type="search" placeholder="Search by name, email, phone or ID" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
        </label>
        <ErrorNote error={list.error} />
        {list.data && list.data.users.length === 0 ? <Empty>No users yet. Sign one up from your app and they appear here.</Empty> : null}
        {list.data && list.data.users.length > 0 ? (
          <table class="table">
            <thead>
              <tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Status</th><th scope="col">Joined</th></tr>
            </thead>
            <tbody>
              {list.data.users.map((user) => (
                <tr key={user.$id} class={user.$id === props.userId ? 'selected' : ''}>
                  <td><a href={`#/users/${seg(user.$id)}`}>{user.name || <span class="muted">(no name)</span>}</a></td>
                  <td>{user.email || user.phone}</td>
                  <td>
                    {user.status ? null : <Badge tone="bad">blocked</Badge>}{' '}
                    {user.emailVerification ? <Badge tone="ok">verified</Badge> : <Badge tone="warn">unverified</Badge>}
                  </td>
                  <td><Time iso={user.$createdAt} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      {props.userId ? <UserDetailPane userId={props.userId} /> : null}
    </div>
  );
}

function UserDetailPane(props: { userId: string }) {
  const detail = useData<UserDetail>(`users/${seg(props.userId)}`);
  const [error, setError] = useState<Error | undefined>(undefined);
  if (detail.error) return <section class="pane detail-pane"><ErrorNote error={detail.error} /></section>;
  if (!detail.data) return <section class="pane detail-pane" aria-busy="true" />;
  const { user, sessions, memberships, mfaFactors } = detail.data;
  const act = (path: string, method: string, body?: unknown) => async () => {
    setError(undefined);
    await call(`users/${seg(user.$id)}${path}`, { method, body });
    detail.reload();
  };
  return (
    <section class="pane detail-pane" aria-label={`User ${user.name || user.$id}`}>
      <PageHeader title={user.name || user.email || user.$id} subtitle={user.$id}>
        {user.emailVerification ? null : <ActionButton label="Verify email" tone="primary" run={act('/verification', 'POST', { email: true })} onError={setError} />}
        <ActionButton label={user.status ? 'Block' : 'Unblock'} run={act('/status', 'POST', { status: !user.status })} onError={setError} />
        <ActionButton
          label="Delete"
          tone="danger"
          confirm={`Delete ${user.email || user.$id} with their sessions and memberships?`}
          run={async () => {
            await call(`users/${seg(user.$id)}`, { method: 'DELETE' });
            location.hash = '#/users';
          }}
          onError={setError}
        />
      </PageHeader>
      <ErrorNote error={error as ConsoleError | undefined} />
      <Fields
        rows={[
          ['Email', <>{user.email || '—'} {user.email ? (user.emailVerification ? <Badge tone="ok">verified</Badge> : <Badge tone="warn">unverified</Badge>) : null}</>],
          ['Phone', <>{user.phone || '—'} {user.phone ? (user.phoneVerification ? <Badge tone="ok">verified</Badge> : <Badge tone="warn">unverified</Badge>) : null}</>],
          ['Status', user.status ? <Badge tone="ok">active</Badge> : <Badge tone="bad">blocked</Badge>],
          ['Labels', user.labels.length ? user.labels.map((label) => <Badge key={label} tone="info">{label}</Badge>) : '—'],
          ['MFA', <>{user.mfa ? <Badge tone="ok">on</Badge> : <Badge>off</Badge>} {Object.entries(mfaFactors).filter(([, on]) => on).map(([factor]) => <Badge key={factor} tone="info">{factor}</Badge>)}</>],
          ['Created', <Time iso={user.$createdAt} />],
          ['Last seen', <Time iso={user.accessedAt} />],
        ]}
      />
      <h2>Sessions <span class="count">{sessions.length}</span></h2>
      {sessions.length === 0 ? <Empty>No sessions.</Empty> : (
        <table class="table compact">
          <thead><tr><th scope="col">Provider</th><th scope="col">Client</th><th scope="col">Factors</th><th scope="col">Expires</th></tr></thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.$id}><td>{s.provider}</td><td>{[s.clientName, s.osName].filter(Boolean).join(' on ') || s.ip}</td><td>{s.factors.join(', ')}</td><td><Time iso={s.expire} /></td></tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Teams <span class="count">{memberships.length}</span></h2>
      {memberships.length === 0 ? <Empty>Not in any team.</Empty> : (
        <ul class="plain-list">
          {memberships.map((m) => (
            <li key={m.$id}><a href={`#/teams/${seg(m.teamId)}`}>{m.teamName || m.teamId}</a> {m.roles.map((r) => <Badge key={r} tone="info">{r}</Badge>)} {m.confirm ? null : <Badge tone="warn">invited</Badge>}</li>
          ))}
        </ul>
      )}
      <h2>Preferences</h2>
      <Json value={user.prefs} label="Preferences" />
    </section>
  );
}
