import { fail, redirect } from '@sveltejs/kit';
import { failure, field, startSession } from '$lib/server/auth';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const form = await request.formData();
    try {
      await startSession(cookies, url, field(form, 'email'), field(form, 'password'));
    } catch (error) {
      const reason = failure(error);
      if (!reason) throw error;
      return fail(400, { error: reason });
    }
    redirect(303, '/');
  },
};
