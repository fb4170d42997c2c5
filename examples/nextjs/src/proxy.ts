// Runs before every page except the public ones: a request without the session cookie goes to
// the sign-in page. Only the cookie's presence is checked here (no Appwrite call per request);
// the page itself asks Appwrite and sends a stale cookie to sign-in too.
import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from './lib/config';

export function proxy(request: NextRequest): NextResponse {
  if (request.cookies.get(SESSION_COOKIE)?.value) return NextResponse.next();
  return NextResponse.redirect(new URL('/sign-in', request.url));
}

export const config = {
  // Everything but the sign-in and sign-up pages, the realtime stream (it answers 401 itself) and Next's assets.
  matcher: ['/((?!sign-in|sign-up|api/|_next/|favicon.ico).*)'],
};
