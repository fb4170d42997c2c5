export default defineEventHandler(async (event) => {
  const form = await readForm(event);
  try {
    await startSession(event, form.get('email') ?? '', form.get('password') ?? '');
  } catch (error) {
    const reason = failure(error);
    if (!reason) throw error;
    return sendRedirect(event, `/sign-in?error=${encodeURIComponent(reason)}`, 303);
  }
  return sendRedirect(event, '/', 303);
});
