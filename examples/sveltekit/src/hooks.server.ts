// Runs before every request: makes the request's own client from the session cookie, and sends
// a signed-out visitor of any page but the public ones to the sign-in page. Only the cookie's
// presence is checked here; the page's load asks Appwrite and handles a stale cookie.
import { withSession } from '@aw/core';
import { redirect, type Handle } from '@sveltejs/kit';
import { guestClient } from '$lib/server/appwrite';
import { SESSION_COOKIE } from '$lib/server/config';

const PUBLIC_PATHS = ['/sign-in', '/sign-up', '/api/'];

export const handle: Handle = async ({ event, resolve }) => {
  const secret = event.cookies.get(SESSION_COOKIE);
  event.locals.client = secret ? withSession(guestClient(), secret) : undefined;
  if (!event.locals.client && !PUBLIC_PATHS.some((path) => event.url.pathname.startsWith(path))) redirect(303, '/sign-in');
  return resolve(event);
};
