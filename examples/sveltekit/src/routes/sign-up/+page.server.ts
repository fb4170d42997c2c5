import { registerUser } from '@aw/account';
import { ID } from '@aw/core';
import { fail, redirect } from '@sveltejs/kit';
import { guestClient } from '$lib/server/appwrite';
import { failure, field, startSession } from '$lib/server/auth';
import type { Actions } from './$types';

export const actions: Actions = {
  default: async ({ request, cookies, url }) => {
    const form = await request.formData();
    const email = field(form, 'email');
    const password = field(form, 'password');
    try {
      await registerUser(guestClient(), { userId: ID.unique(), email, password, name: field(form, 'name') });
      await startSession(cookies, url, email, password);
    } catch (error) {
      const reason = failure(error);
      if (!reason) throw error;
      return fail(400, { error: reason });
    }
    redirect(303, '/');
  },
};
