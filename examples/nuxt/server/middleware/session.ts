// Runs before every request: makes the request's own client from the session cookie, and sends a
// signed-out visitor of any page but the public ones to the sign-in page. Only the cookie's
// presence is checked here; /api/home asks Appwrite and answers 401 for a stale cookie.
const PUBLIC = ['/sign-in', '/sign-up', '/api/', '/_nuxt/', '/__nuxt', '/favicon.ico'];

export default defineEventHandler((event) => {
  event.context.client = clientFromCookie(event);
  const path = getRequestURL(event).pathname;
  if (!event.context.client && !PUBLIC.some((prefix) => path.startsWith(prefix))) return sendRedirect(event, '/sign-in', 303);
});
