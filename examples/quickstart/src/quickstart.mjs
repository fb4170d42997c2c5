import * as account from '@aw/account';
import { AppwriteError, createClient, memoryCookieStorage, withSession } from '@aw/core';
import * as ID from '@aw/core/id';
import { account as accountChannel, subscribe } from '@aw/realtime';
import * as teams from '@aw/teams';
import WebSocket from 'ws';
import { runDocumentsStep } from './steps/documents.mjs';
import { runUploadStep } from './steps/upload.mjs';

/**
 * Runs the quickstart against an Appwrite endpoint: registers a user, signs in, saves
 * preferences and creates a team, reporting each step.
 *
 * @param {{ endpoint: string, project: string, log?: (line: string) => void }} options Where to connect and how to report.
 *
 * @returns {Promise<{ userId: string, teamId: string, prefs: Record<string, unknown> }>} What was created.
 */
export async function runQuickstart({ endpoint, project, log = console.log }) {
  const step = (n, text) => log(`  ${n}. ${text}`);
  const client = createClient({ endpoint, project, cookieStorage: memoryCookieStorage() });

  const email = `quickstart-${Date.now()}@example.com`;
  const password = 'quickstart-password';
  const user = await account.registerUser(client, { userId: ID.unique(), email, password, name: 'Quinn Start' });
  step(1, `Registered ${user.name} <${user.email}> as user ${user.$id}`);

  // Keep the session secret, as a server would in its own cookie, and act for the user with it.
  const raw = await account.createEmailPasswordSession(client, { email, password }).raw();
  const me = withSession(client, account.readSessionSecret(client, raw));
  step(2, `Logged in: session ${raw.body.$id} (${raw.status}, ${Math.round(raw.roundTripTime)} ms), expires ${raw.body.expire}`);

  const current = await account.getCurrentUser(me);
  step(3, `Fetched the account: ${current.email}, verified=${current.emailVerification}`);

  const updated = await account.updatePreferences(me, { prefs: { theme: 'dark', language: 'en' } });
  step(4, `Saved preferences ${JSON.stringify(updated.prefs)}`);

  const team = await teams.createNewTeam(me, { teamId: ID.unique(), name: 'Quickstart Crew' });
  const members = await teams.listMemberships(me, { teamId: team.$id });
  step(5, `Created team "${team.name}" (${team.$id}); ${members.total} member with roles ${members.memberships[0]?.roles.join(', ')}`);

  try {
    const stranger = createClient({ endpoint, project, cookieStorage: memoryCookieStorage() });
    await account.getCurrentUser(stranger);
  } catch (error) {
    // Without the session the same call is refused, with Appwrite's error type.
    if (!(error instanceof AppwriteError)) throw error;
    step(6, `A client without the session is refused: ${error.status} ${error.type}`);
  }

  // A live event: subscribe to the account channel, change the name, and wait for the event.
  let stop = () => {};
  const event = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no live event within 5 s')), 5_000);
    stop = subscribe(me, accountChannel(), (e) => { clearTimeout(timer); resolve(e); }, {
      // Node 20 has no global WebSocket; browsers and Node 22+ need no option.
      WebSocket,
      onError: reject,
      onConnected: () => account.updateName(me, { name: 'Quinn Live' }).catch(reject),
    });
  });
  stop();
  step(7, `Live event ${event.events[0]}: name is now "${event.payload.name}"`);

  step(8, 'Documents with queries:');
  await runDocumentsStep({ client: me, userId: user.$id, log });
  step(9, 'File upload with progress:');
  await runUploadStep({ client: me, userId: user.$id, log });

  return { userId: user.$id, teamId: team.$id, prefs: updated.prefs };
}
