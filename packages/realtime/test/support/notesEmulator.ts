import { createEmailPasswordSession, registerUser } from '@aw/account';
import { createClient, memoryCookieStorage, Permission, Role, type Client } from '@aw/core';
import { startEmulator, type RunningEmulator } from '@aw/emulator';

/**
 * Starts an emulator with one collection, `main/notes`: any signed-in user may create a note, and
 * who may read it is decided per document.
 *
 * @returns The running emulator.
 */
export function startNotesEmulator(): Promise<RunningEmulator> {
  return startEmulator({
    rateLimits: false,
    config: {
      databases: [{ $id: 'main', name: 'Main', enabled: true }],
      collections: [
        {
          $id: 'notes',
          databaseId: 'main',
          name: 'Notes',
          $permissions: [Permission.create(Role.users())],
          documentSecurity: true,
          enabled: true,
          attributes: [{ key: 'text', type: 'string', size: 200, required: true }],
        },
      ],
    },
  });
}

/**
 * Registers a user named `name` and signs them in.
 *
 * @param emulator The emulator to use.
 * @param name The user's ID, name and email local part.
 *
 * @returns A client carrying the new session.
 */
export async function signedInClient(emulator: RunningEmulator, name: string): Promise<Client> {
  const client = createClient({ endpoint: emulator.url, project: emulator.projectId, cookieStorage: memoryCookieStorage() });
  const email = `${name}@example.com`;
  await registerUser(client, { userId: name, email, password: 'password-123', name });
  await createEmailPasswordSession(client, { email, password: 'password-123' });
  return client;
}
