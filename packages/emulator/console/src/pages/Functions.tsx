import { useData } from '../api.ts';
import type { Project } from '../project.ts';
import { Badge, count, Empty, ErrorNote, PageHeader, Time } from '../ui.tsx';

interface Execution {
  $id: string; $createdAt: string; functionId: string; status: string; requestMethod: string; requestPath: string;
  responseStatusCode: number; duration: number; logs: string; errors: string;
}

/** The functions page: executions with their status, logs and errors. */
export function FunctionsPage(props: { project: Project }) {
  const list = useData<{ total: number; executions: Execution[] }>('executions');
  const names = new Map(props.project.functions.map((fn) => [fn.$id, fn.name]));
  return (
    <section class="pane">
      <PageHeader title="Functions" subtitle={`${count(props.project.functions.length, 'function')} · executions newest first`} />
      <ErrorNote error={list.error} />
      {list.data && list.data.executions.length === 0 ? <Empty>No executions yet.</Empty> : null}
      {list.data?.executions.map((x) => (
        <details key={x.$id} class="card execution">
          <summary>
            <Badge tone={x.status === 'completed' ? 'ok' : x.status === 'failed' ? 'bad' : 'warn'}>{x.status}</Badge>
            <strong>{names.get(x.functionId) ?? x.functionId}</strong>
            <span class="mono">{x.requestMethod} {x.requestPath}</span>
            <span class="muted">{x.responseStatusCode || ''} · {x.duration}s · <Time iso={x.$createdAt} /></span>
          </summary>
          <h3>Logs</h3>
          <pre class="json">{x.logs || '(none)'}</pre>
          {x.errors ? <><h3>Errors</h3><pre class="json error-text">{x.errors}</pre></> : null}
        </details>
      ))}
    </section>
  );
}
