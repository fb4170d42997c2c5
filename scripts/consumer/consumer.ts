// A Node app built only from the packed tarballs: starts the emulator from @aw/emulator,
// runs the smoke flow against it, and uploads a file from disk with @aw/storage/node.
import { writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ID, createClient, withSession } from '@aw/core';
import { createEmailPasswordSession, readSessionSecret, registerUser } from '@aw/account';
import { startEmulator, type RunningEmulator } from '@aw/emulator';
import { createFileFromPath } from '@aw/storage/node';
import * as avatars from '@aw/avatars';
import * as functions from '@aw/functions';
import * as graphql from '@aw/graphql';
import * as locale from '@aw/locale';
import * as messaging from '@aw/messaging';
import * as teams from '@aw/teams';
import WebSocket from 'ws';
import { runSmoke, smokeProject } from './smoke.js';

const emulator: RunningEmulator = await startEmulator({ config: smokeProject });
try {
  const result = await runSmoke({ endpoint: emulator.url, project: emulator.projectId, WebSocket });
  const client = createClient({ endpoint: emulator.url, project: emulator.projectId });
  const email = `disk-${Date.now()}@example.com`;
  await registerUser(client, { userId: ID.unique(), email, password: 'disk-password-1' });
  const me = withSession(client, readSessionSecret(client, await createEmailPasswordSession(client, { email, password: 'disk-password-1' }).raw())!);
  const path = join(tmpdir(), `aw-consumer-${process.pid}.txt`);
  await writeFile(path, 'from disk');
  const fromDisk = await createFileFromPath(me, { bucketId: 'files', fileId: ID.unique(), path });
  await rm(path);
  const services = [avatars, functions, graphql, locale, messaging, teams].map((service) => Object.keys(service).length);
  const country = await locale.getUserLocale(me);
  console.log(JSON.stringify({ ...result, fromDisk: fromDisk.sizeOriginal, exports: services, locale: country.countryCode }));
} finally {
  await emulator.close();
}
