import { seg, useData } from '../api.ts';
import { Badge, Empty, ErrorNote, PageHeader, Time } from '../ui.tsx';

interface Team { $id: string; name: string; total: number; $createdAt: string }
interface Membership { $id: string; userId: string; userName: string; userEmail: string; roles: string[]; confirm: boolean; joined: string; invited: string }

/** The teams page: every team, and the chosen team's memberships. */
export function TeamsPage(props: { teamId?: string }) {
  const list = useData<{ total: number; teams: Team[] }>('teams');
  return (
    <div class="split">
      <section class="pane list-pane">
        <PageHeader title="Teams" subtitle={list.data ? `${list.data.total} in this project` : undefined} />
        <ErrorNote error={list.error} />
        {list.data && list.data.teams.length === 0 ? <Empty>No teams yet.</Empty> : null}
        {list.data && list.data.teams.length > 0 ? (
          <table class="table">
            <thead><tr><th scope="col">Name</th><th scope="col">Members</th><th scope="col">Created</th></tr></thead>
            <tbody>
              {list.data.teams.map((team) => (
                <tr key={team.$id} class={team.$id === props.teamId ? 'selected' : ''}>
                  <td><a href={`#/teams/${seg(team.$id)}`}>{team.name}</a></td><td>{team.total}</td><td><Time iso={team.$createdAt} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      {props.teamId ? <TeamPane teamId={props.teamId} /> : null}
    </div>
  );
}

function TeamPane(props: { teamId: string }) {
  const detail = useData<{ team: Team; memberships: Membership[] }>(`teams/${seg(props.teamId)}`);
  if (detail.error) return <section class="pane detail-pane"><ErrorNote error={detail.error} /></section>;
  if (!detail.data) return <section class="pane detail-pane" aria-busy="true" />;
  const { team, memberships } = detail.data;
  return (
    <section class="pane detail-pane" aria-label={`Team ${team.name}`}>
      <PageHeader title={team.name} subtitle={team.$id} />
      <h2>Memberships <span class="count">{memberships.length}</span></h2>
      {memberships.length === 0 ? <Empty>No members.</Empty> : (
        <table class="table compact">
          <thead><tr><th scope="col">User</th><th scope="col">Roles</th><th scope="col">State</th></tr></thead>
          <tbody>
            {memberships.map((m) => (
              <tr key={m.$id}>
                <td><a href={`#/users/${seg(m.userId)}`}>{m.userName || m.userEmail || m.userId}</a></td>
                <td>{m.roles.map((r) => <Badge key={r} tone="info">{r}</Badge>)}</td>
                <td>{m.confirm ? <>joined <Time iso={m.joined} /></> : <Badge tone="warn">invited</Badge>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
