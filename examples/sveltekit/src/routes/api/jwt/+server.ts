// A JWT for the browser's direct upload: it acts as the user for 15 minutes. Only a same-origin
// page can read the answer (no CORS headers), and the session secret stays in the cookie.
import { createJwt } from '@aw/account';
import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals }) => {
  if (!locals.client) error(401, 'signed out');
  return json({ jwt: (await createJwt(locals.client)).jwt }, { headers: { 'cache-control': 'no-store' } });
};
