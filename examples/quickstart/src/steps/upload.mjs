import * as ID from '@aw/core/id';
import * as Permission from '@aw/core/permission';
import * as Role from '@aw/core/role';
import * as storage from '@aw/storage';

/**
 * Creates a text progress bar such as `[██████░░░░░░░░░░░░░░]  30%`.
 *
 * @param {number} percent Progress from 0 to 100.
 * @param {number} width Number of cells.
 *
 * @returns {string} The bar.
 */
export function progressBar(percent, width = 24) {
  const filled = Math.round((Math.min(100, Math.max(0, percent)) / 100) * width);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(Math.round(percent)).padStart(3)}%`;
}

/**
 * Runs the upload step: uploads a generated file of `sizeMiB` (large enough to go in 5 MiB
 * chunks) with a live progress bar, then reads it back and checks its signature.
 *
 * @param {{ client: import('@aw/core').Client, userId: string, sizeMiB?: number, log?: (line: string) => void, output?: NodeJS.WriteStream }} options A signed-in client, the size, and where to report.
 *
 * @returns {Promise<{ fileId: string, chunksTotal: number, progress: number[] }>} The file and the progress values seen.
 */
export async function runUploadStep({ client, userId, sizeMiB = 12, log = console.log, output = process.stdout }) {
  const bytes = new Uint8Array(sizeMiB * 1024 * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
  const file = new File([bytes], 'holiday-video.bin', { type: 'application/octet-stream' });
  const progress = [];
  const live = Boolean(output.isTTY);
  const uploaded = await storage.createFile(
    client,
    { bucketId: 'photos', fileId: ID.unique(), file, permissions: [Permission.read(Role.user(userId)), Permission.delete(Role.user(userId))] },
    {
      onProgress: (event) => {
        progress.push(event.progress);
        const line = `  • Uploading ${file.name} ${progressBar(event.progress)} chunk ${event.chunksUploaded}/${event.chunksTotal}`;
        // Redraw in place on a terminal; print one line per chunk elsewhere (CI logs).
        if (live) output.write(`\r${line}`);
        else log(line);
      },
    },
  );
  if (live) output.write('\n');
  log(`  • Stored ${uploaded.name}: ${uploaded.sizeOriginal} bytes in ${uploaded.chunksTotal} chunks, md5 ${uploaded.signature}`);
  const back = await storage.getFileById(client, { bucketId: 'photos', fileId: uploaded.$id });
  log(`  • Read back: ${back.mimeType}, ${back.chunksUploaded}/${back.chunksTotal} chunks`);
  return { fileId: uploaded.$id, chunksTotal: uploaded.chunksTotal, progress };
}
