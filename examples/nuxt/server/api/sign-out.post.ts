import { logoutSessionById } from '@aw/account';
import { clearSessionCookie } from '@aw/account/ssr';
import { isAppwriteError, type Client } from '@aw/core';

export default defineEventHandler(async (event) => {
  const client = event.context.client as Client | undefined;
  if (client) {
    // A session that already ended is as signed out as one ended now.
    await logoutSessionById(client, { sessionId: 'current' }).catch((error: unknown) => {
      if (!isAppwriteError(error) || error.status !== 401) throw error;
    });
  }
  const cookie = clearSessionCookie({ url: getRequestURL(event), name: SESSION_COOKIE });
  setCookie(event, cookie.name, cookie.value, cookie.attributes);
  return sendRedirect(event, '/sign-in', 303);
});
