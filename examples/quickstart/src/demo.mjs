#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { runQuickstart } from './quickstart.mjs';

/**
 * Runs the demo: against APPWRITE_ENDPOINT/APPWRITE_PROJECT when both are set,
 * otherwise against a local emulator started in this process.
 */
async function main() {
  const endpoint = process.env.APPWRITE_ENDPOINT;
  const project = process.env.APPWRITE_PROJECT;
  if (endpoint && project) {
    // A real project needs the `library/books` collection and the `photos` bucket: `appwrite deploy` the appwrite.json beside this folder's package.json.
    console.log(`AW SDK quickstart against ${endpoint} (project ${project})`);
    await runQuickstart({ endpoint, project });
    return;
  }
  const { startEmulator } = await import('@aw/emulator');
  // The same appwrite.json the Appwrite CLI deploys: the `library/books` collection and the `photos` bucket.
  const emulator = await startEmulator({ config: fileURLToPath(new URL('../appwrite.json', import.meta.url)) });
  console.log(`AW SDK quickstart against the local emulator at ${emulator.url} (project ${emulator.projectId})`);
  try {
    await runQuickstart({ endpoint: emulator.url, project: emulator.projectId });
  } finally {
    await emulator.close();
  }
  console.log('Done. Set APPWRITE_ENDPOINT and APPWRITE_PROJECT to run the same steps against a real Appwrite.');
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
