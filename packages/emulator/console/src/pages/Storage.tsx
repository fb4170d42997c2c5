import { useState } from 'preact/hooks';
import { call, seg, useData, type ConsoleError } from '../api.ts';
import type { Project } from '../project.ts';
import { ActionButton, count, Empty, ErrorNote, PageHeader, Time, bytes } from '../ui.tsx';

interface StoredFile { $id: string; name: string; mimeType: string; sizeOriginal: number; $createdAt: string; chunksTotal: number; chunksUploaded: number }

/** The storage page: a bucket's files as cards with previews, download and delete. */
export function StoragePage(props: { project: Project; bucketId?: string }) {
  const buckets = props.project.buckets;
  const bucket = buckets.find((b) => b.$id === props.bucketId) ?? buckets[0];
  const list = useData<{ total: number; files: StoredFile[] }>(bucket ? `buckets/${seg(bucket.$id)}/files` : undefined);
  const [error, setError] = useState<Error | undefined>(undefined);
  if (!bucket) {
    return (
      <section class="pane">
        <PageHeader title="Storage" />
        <Empty>This project has no buckets. Add one to appwrite.json and restart the emulator.</Empty>
      </section>
    );
  }
  return (
    <section class="pane">
      <PageHeader title={bucket.name} subtitle={`Bucket ${bucket.$id}${list.data ? ` · ${count(list.data.total, 'file')}` : ''}`}>
        {buckets.length > 1 ? (
          <label class="inline">
            Bucket{' '}
            <select value={bucket.$id} onChange={(e) => { location.hash = `#/storage/${seg(e.currentTarget.value)}`; }}>
              {buckets.map((b) => <option key={b.$id} value={b.$id}>{b.name}</option>)}
            </select>
          </label>
        ) : null}
      </PageHeader>
      <ErrorNote error={(error as ConsoleError | undefined) ?? list.error} />
      {list.data && list.data.files.length === 0 ? <Empty>No files yet. Upload one from your app and it appears here.</Empty> : null}
      <ul class="file-grid">
        {list.data?.files.map((file) => {
          const path = `buckets/${seg(bucket.$id)}/files/${seg(file.$id)}`;
          const complete = file.chunksUploaded >= file.chunksTotal;
          return (
            <li key={file.$id} class="file-card">
              <div class="preview">
                {complete ? <img src={`api/${path}/preview`} alt={`Preview of ${file.name}`} loading="lazy" /> : <span class="muted">uploading {file.chunksUploaded}/{file.chunksTotal}</span>}
              </div>
              <div class="file-meta">
                <strong title={file.name}>{file.name}</strong>
                <span class="muted">{file.mimeType} · {bytes(file.sizeOriginal)}</span>
                <span class="muted"><Time iso={file.$createdAt} /></span>
              </div>
              <div class="actions">
                <a class="btn plain" href={`api/${path}/download`} download={file.name}>Download</a>
                <ActionButton label="Delete" tone="danger" confirm={`Delete ${file.name}?`} onError={setError} run={() => call(path, { method: 'DELETE' })} />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
