// Login + current user: an email/password session, then the signed-in user.
import { createClient } from '@aw/core';
import { createEmailPasswordSession, getCurrentUser } from '@aw/account';

export async function app(email, password) {
  const client = createClient({ endpoint: 'https://cloud.appwrite.io/v1', project: 'bench' });
  await createEmailPasswordSession(client, { email, password });
  return getCurrentUser(client);
}
