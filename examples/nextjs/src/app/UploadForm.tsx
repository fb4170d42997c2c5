'use client';
// A direct browser-to-Appwrite upload with a JWT from a server action: the file never passes
// through this app, @aw/storage sends it in 5 MiB chunks and reports progress after each.
import { createClient, withJwt } from '@aw/core';
import * as ID from '@aw/core/id';
import { createFile } from '@aw/storage';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { createUploadJwt } from './actions';

export function UploadForm({ endpoint, project, bucketId }: { endpoint: string; project: string; bucketId: string }) {
  const router = useRouter();
  const [progress, setProgress] = useState<number[]>([]);
  const [status, setStatus] = useState('idle');

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get('file');
    if (!(file instanceof File) || file.size === 0) return;
    setStatus('uploading');
    setProgress([]);
    try {
      // A fresh JWT per upload: it lasts 15 minutes, the page may have been open longer.
      const client = withJwt(createClient({ endpoint, project }), await createUploadJwt());
      const stored = await createFile(client, { bucketId, fileId: ID.unique(), file }, {
        onProgress: ({ progress: percent }) => setProgress((list) => [...list, Math.round(percent)]),
      });
      setStatus(`done: ${stored.name}`);
      router.refresh();
    } catch (error) {
      setStatus(`failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  const last = progress.at(-1) ?? 0;
  return (
    <form onSubmit={upload} id="upload">
      <input type="file" name="file" required />
      <button type="submit">Upload</button>
      <progress max={100} value={last} />
      <output id="upload-status" data-progress={progress.join(',')}>{status}</output>
    </form>
  );
}
