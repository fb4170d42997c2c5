import { registerUser } from '@aw/account';
import { ID } from '@aw/core';

export default defineEventHandler(async (event) => {
  const form = await readForm(event);
  const email = form.get('email') ?? '';
  const password = form.get('password') ?? '';
  try {
    await registerUser(guestClient(), { userId: ID.unique(), email, password, name: form.get('name') ?? '' });
    await startSession(event, email, password);
  } catch (error) {
    const reason = failure(error);
    if (!reason) throw error;
    return sendRedirect(event, `/sign-up?error=${encodeURIComponent(reason)}`, 303);
  }
  return sendRedirect(event, '/', 303);
});
