import { useEffect, useRef, useState } from 'preact/hooks';
import { call, seg, useData, type ConsoleError } from '../api.ts';
import type { Project } from '../project.ts';
import { ActionButton, Badge, count, Empty, ErrorNote, Json, PageHeader, Time } from '../ui.tsx';

type Document = Record<string, unknown> & { $id: string; $updatedAt: string; $permissions: string[] };

/** The databases page: pick a collection, filter its documents with Appwrite queries, open one to edit it. */
export function DatabasesPage(props: { project: Project; databaseId?: string; collectionId?: string; documentId?: string }) {
  const { project } = props;
  const collections = project.databases.flatMap((db) => db.collections.map((col) => ({ db, col })));
  if (collections.length === 0) {
    return (
      <section class="pane">
        <PageHeader title="Databases" />
        <Empty>This project has no collections. Add databases and collections to appwrite.json and restart the emulator.</Empty>
      </section>
    );
  }
  const chosen = collections.find(({ db, col }) => db.$id === props.databaseId && col.$id === props.collectionId);
  if (!chosen) {
    return (
      <section class="pane">
        <PageHeader title="Databases" subtitle="Pick a collection" />
        {project.databases.map((db) => (
          <div key={db.$id} class="card">
            <h2>{db.name} <span class="muted mono">{db.$id}</span></h2>
            <ul class="plain-list">
              {db.collections.map((col) => (
                <li key={col.$id}><a href={`#/databases/${seg(db.$id)}/${seg(col.$id)}`}>{col.name}</a> <span class="muted">{count(col.attributes.length, 'attribute')}</span></li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    );
  }
  return <CollectionView databaseId={chosen.db.$id} databaseName={chosen.db.name} collection={chosen.col} documentId={props.documentId} />;
}

function CollectionView(props: { databaseId: string; databaseName: string; collection: Project['databases'][number]['collections'][number]; documentId?: string }) {
  const { collection } = props;
  const [draft, setDraft] = useState('');
  const [queries, setQueries] = useState<string[]>([]);
  useEffect(() => {
    setDraft('');
    setQueries([]);
  }, [collection.$id]);
  const base = `databases/${seg(props.databaseId)}/collections/${seg(collection.$id)}/documents`;
  const list = useData<{ total: number; documents: Document[] }>(`${base}?queries=${seg(JSON.stringify(queries))}`);
  const columns = collection.attributes.slice(0, 8);
  const href = (id: string) => `#/databases/${seg(props.databaseId)}/${seg(collection.$id)}/${seg(id)}`;
  return (
    <div class="split">
      <section class="pane list-pane">
        <PageHeader title={collection.name} subtitle={`${props.databaseName} / ${collection.$id}${list.data ? ` · ${count(list.data.total, 'document')}` : ''}`} />
        <form
          class="query-bar"
          onSubmit={(e) => {
            e.preventDefault();
            setQueries(draft.split('\n').map((line) => line.trim()).filter(Boolean));
          }}
        >
          <label for="queries">Filter with Appwrite queries, one per line</label>
          <span class="muted hint">As the SDK's <code>Query</code> builders write them (JSON), the same queries your app sends.</span>
          <textarea id="queries" rows={2} spellcheck={false} placeholder={'{"method":"equal","attribute":"status","values":["open"]}\n{"method":"orderDesc","attribute":"$createdAt"}'} value={draft} onInput={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit();
            }} />
          <div class="actions">
            <button type="submit" class="btn primary">Apply</button>
            {queries.length ? <button type="button" class="btn plain" onClick={() => { setDraft(''); setQueries([]); }}>Clear</button> : null}
          </div>
        </form>
        <ErrorNote error={list.error} />
        {list.data && list.data.documents.length === 0 ? <Empty>{queries.length ? 'No document matches these queries.' : 'No documents yet.'}</Empty> : null}
        {list.data && list.data.documents.length > 0 ? (
          <div class="table-scroll">
            <table class="table">
              <thead>
                <tr><th scope="col">$id</th>{columns.map((a) => <th key={a.key} scope="col">{a.key}</th>)}<th scope="col">Updated</th></tr>
              </thead>
              <tbody>
                {list.data.documents.map((doc) => (
                  <tr key={doc.$id} class={doc.$id === props.documentId ? 'selected' : ''}>
                    <td class="mono nowrap"><a href={href(doc.$id)}>{doc.$id}</a></td>
                    {columns.map((a) => <td key={a.key} class="clip" title={cell(doc[a.key])}>{cell(doc[a.key])}</td>)}
                    <td><Time iso={doc.$updatedAt} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      {props.documentId ? <DocumentPane key={props.documentId} base={base} document={list.data?.documents.find((d) => d.$id === props.documentId)} documentId={props.documentId} back={`#/databases/${seg(props.databaseId)}/${seg(collection.$id)}`} /> : null}
    </div>
  );
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function userData(doc: Document): Record<string, unknown> {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('$')));
}

function DocumentPane(props: { base: string; document: Document | undefined; documentId: string; back: string }) {
  const doc = props.document;
  const [text, setText] = useState(() => (doc ? JSON.stringify(userData(doc), null, 2) : ''));
  const [error, setError] = useState<Error | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  // Refs, not state: the live list can bring a newer version between a keystroke and the effect
  // that would load it, and an edit in progress must never be replaced by it.
  const edited = useRef(false);
  const shown = useRef(doc ? `${doc.$id}@${doc.$updatedAt}` : '');
  useEffect(() => {
    if (!doc || shown.current === `${doc.$id}@${doc.$updatedAt}`) return;
    shown.current = `${doc.$id}@${doc.$updatedAt}`;
    if (edited.current) setChangedElsewhere(true);
    else setText(JSON.stringify(userData(doc), null, 2));
  }, [doc?.$id, doc?.$updatedAt]);
  if (!doc) return <section class="pane detail-pane"><Empty>Document {props.documentId} is not in the filtered list.</Empty></section>;
  const path = `${props.base}/${seg(doc.$id)}`;
  return (
    <section class="pane detail-pane" aria-label={`Document ${doc.$id}`}>
      <PageHeader title={doc.$id} subtitle="Document">
        <ActionButton
          label="Save"
          tone="primary"
          onError={setError}
          run={async () => {
            setError(undefined);
            setSaved(false);
            let data: unknown;
            try {
              data = JSON.parse(text);
            } catch {
              throw new Error('The data is not valid JSON.');
            }
            await call(path, { method: 'PATCH', body: { data } });
            edited.current = false;
            setChangedElsewhere(false);
            setSaved(true);
          }}
        />
        <ActionButton label="Delete" tone="danger" confirm={`Delete document ${doc.$id}?`} onError={setError} run={async () => {
          await call(path, { method: 'DELETE' });
          location.hash = props.back;
        }} />
      </PageHeader>
      <ErrorNote error={error as ConsoleError | undefined} />
      {saved ? <p class="note" role="status">Saved.</p> : null}
      {changedElsewhere ? <p class="note" role="status">This document changed since you started editing; saving writes your version.</p> : null}
      <label for="document-data">Data (JSON, attributes only)</label>
      <textarea id="document-data" class="code" rows={14} spellcheck={false} value={text} onInput={(e) => { edited.current = true; setText(e.currentTarget.value); setSaved(false); }} />
      <h2>Permissions</h2>
      {doc.$permissions.length === 0 ? <Empty>None on the document; the collection's permissions apply.</Empty> : (
        <ul class="plain-list">{doc.$permissions.map((p) => <li key={p}><Badge tone="info">{p}</Badge></li>)}</ul>
      )}
      <h2>JSON</h2>
      <Json value={doc} label="Document JSON" />
    </section>
  );
}
