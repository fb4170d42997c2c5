// A JWT for the browser's direct upload: it acts as the user for 15 minutes. Only a same-origin
// page can read the answer (no CORS headers), and the session secret stays in the cookie.
import { createJwt } from '@aw/account';

export default defineEventHandler(async (event) => {
  setHeader(event, 'cache-control', 'no-store');
  return { jwt: (await createJwt(requireClient(event))).jwt };
});
