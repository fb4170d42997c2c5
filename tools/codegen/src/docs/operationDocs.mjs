import { officialNames } from './officialNames.mjs';

/**
 * Our own one-line summaries and likely Appwrite error types for every operation,
 * keyed by export name. The spec's prose is not reused here.
 *
 * @type {Record<string, { summary: string, throws: string[] }>}
 */
export const operationDocs = {
  // account
  addAuthenticator: { summary: 'Starts adding a TOTP authenticator app as an MFA factor and returns its secret and setup URI.', throws: ['user_unauthorized', 'user_authenticator_already_verified'] },
  blockUserStatus: { summary: 'Blocks the signed-in account for good; the user can no longer sign in.', throws: ['user_unauthorized'] },
  completeMfaChallenge: { summary: 'Finishes an MFA challenge by sending the one-time code the user received.', throws: ['user_invalid_token', 'user_unauthorized'] },
  completePasswordRecovery: { summary: 'Sets a new password with the secret from a password-recovery email.', throws: ['user_invalid_token', 'user_not_found', 'password_recently_used'] },
  confirmPhoneVerification: { summary: 'Marks the phone number as verified, using the secret sent by SMS.', throws: ['user_invalid_token', 'user_unauthorized'] },
  createAnonymousSession: { summary: 'Signs in as a new anonymous user and returns the session.', throws: ['user_session_already_exists', 'user_anonymous_console_prohibited'] },
  createEmailPasswordSession: { summary: 'Signs in with email and password and returns the new session.', throws: ['user_invalid_credentials', 'user_blocked', 'user_session_already_exists'] },
  createEmailToken: { summary: 'Emails the user a one-time secret for passwordless sign-in, creating the user when needed.', throws: ['user_blocked', 'general_smtp_disabled'] },
  createEmailVerification: { summary: 'Confirms an email address with the user ID and secret from the verification link.', throws: ['user_invalid_token', 'user_unauthorized'] },
  createEmailVerification0: { summary: 'Sends the signed-in user an email with a verification link pointing at `url`.', throws: ['user_unauthorized', 'user_email_already_verified', 'general_smtp_disabled'] },
  createJwt: { summary: 'Issues a short-lived JWT that lets a server act as the signed-in user.', throws: ['user_unauthorized'] },
  createMagicUrlToken: { summary: 'Emails the user a magic sign-in link that returns to `url`, creating the user when needed.', throws: ['user_blocked', 'general_smtp_disabled'] },
  createMfaChallenge: { summary: 'Starts an MFA challenge for the chosen factor (email, phone, TOTP or recovery code).', throws: ['user_unauthorized', 'general_argument_invalid'] },
  createMfaRecoveryCodes: { summary: 'Creates the account\'s MFA recovery codes; works once, before any exist.', throws: ['user_unauthorized', 'user_recovery_codes_already_exists'] },
  createOAuth2Session: { summary: 'Builds the URL that starts an OAuth2 sign-in with a provider; open it in the browser (no request is sent).', throws: [] },
  createOAuth2Token: { summary: 'Builds the URL that starts an OAuth2 flow ending in a token for `createSessionFromToken` (no request is sent).', throws: [] },
  createPasswordRecovery: { summary: 'Emails the user a password-recovery link pointing at `url`.', throws: ['user_not_found', 'user_blocked', 'general_smtp_disabled'] },
  createPhoneToken: { summary: 'Texts the user a one-time secret for phone sign-in, creating the user when needed.', throws: ['user_blocked', 'general_phone_disabled'] },
  createPhoneVerification: { summary: 'Texts the signed-in user a code to verify their phone number.', throws: ['user_unauthorized', 'user_phone_not_found', 'user_phone_already_verified'] },
  createPushTarget: { summary: 'Registers a device (push token) as a messaging target of the signed-in user.', throws: ['user_unauthorized', 'user_target_already_exists', 'provider_not_found'] },
  createSessionFromToken: { summary: 'Exchanges a user ID and token secret (email, phone, magic URL or OAuth2 token) for a session.', throws: ['user_invalid_token', 'user_blocked'] },
  deleteAuthenticator: { summary: 'Removes the TOTP authenticator from the account, confirmed with a current code.', throws: ['user_unauthorized', 'user_authenticator_not_found', 'user_invalid_token'] },
  deleteIdentityById: { summary: 'Unlinks an OAuth2 identity from the signed-in account.', throws: ['user_unauthorized', 'user_identity_not_found'] },
  deletePushTarget: { summary: 'Removes one of the signed-in user\'s push targets.', throws: ['user_unauthorized', 'user_target_not_found'] },
  extendSessionLength: { summary: 'Extends a session\'s expiry; for OAuth2 sessions it also refreshes the provider token.', throws: ['user_unauthorized', 'user_session_not_found'] },
  getCurrentUser: { summary: 'Returns the signed-in user.', throws: ['user_unauthorized'] },
  getMfaRecoveryCodes: { summary: 'Returns the account\'s MFA recovery codes.', throws: ['user_unauthorized', 'user_recovery_codes_not_found'] },
  getSession: { summary: 'Returns one session of the signed-in user; pass `current` for this device\'s session.', throws: ['user_unauthorized', 'user_session_not_found'] },
  listIdentities: { summary: 'Lists the OAuth2 identities linked to the signed-in account.', throws: ['user_unauthorized', 'general_query_invalid'] },
  listLogs: { summary: 'Lists recent security events of the signed-in account.', throws: ['user_unauthorized', 'general_query_invalid'] },
  listMfaFactors: { summary: 'Tells which MFA factors the signed-in user can use.', throws: ['user_unauthorized'] },
  listSessions: { summary: 'Lists every active session of the signed-in user.', throws: ['user_unauthorized'] },
  logoutSessionById: { summary: 'Signs out one session; pass `current` to sign out this device.', throws: ['user_unauthorized', 'user_session_not_found'] },
  regenerateMfaRecoveryCodes: { summary: 'Replaces the account\'s MFA recovery codes with new ones.', throws: ['user_unauthorized', 'user_recovery_codes_not_found'] },
  registerUser: { summary: 'Creates a user account with email and password (it does not sign in).', throws: ['user_already_exists', 'user_email_already_exists', 'user_count_exceeded'] },
  removeSessions: { summary: 'Signs the user out of every device.', throws: ['user_unauthorized'] },
  updateMagicUrlSession: { summary: 'Creates a session from a magic-URL sign-in secret (older flow; prefer `createSessionFromToken`).', throws: ['user_invalid_token'] },
  updateMfaStatus: { summary: 'Turns multi-factor authentication on or off for the signed-in user.', throws: ['user_unauthorized'] },
  updateNameOperation: { summary: 'Changes the signed-in user\'s display name.', throws: ['user_unauthorized'] },
  updatePassword: { summary: 'Changes the signed-in user\'s password; the old one is needed when one is set.', throws: ['user_unauthorized', 'user_invalid_credentials', 'password_recently_used'] },
  updatePhone: { summary: 'Changes the signed-in user\'s phone number, confirmed with the password.', throws: ['user_unauthorized', 'user_invalid_credentials', 'user_phone_already_exists'] },
  updatePhoneSession: { summary: 'Creates a session from a phone sign-in secret (older flow; prefer `createSessionFromToken`).', throws: ['user_invalid_token'] },
  updatePreferences: { summary: 'Replaces the signed-in user\'s preferences object.', throws: ['user_unauthorized'] },
  updatePushTarget: { summary: 'Changes the push token of one of the signed-in user\'s targets.', throws: ['user_unauthorized', 'user_target_not_found'] },
  updateUserEmail: { summary: 'Changes the signed-in user\'s email, confirmed with the password; it becomes unverified.', throws: ['user_unauthorized', 'user_invalid_credentials', 'user_email_already_exists'] },
  verifyAuthenticator: { summary: 'Confirms a newly added TOTP authenticator with a code from the app.', throws: ['user_unauthorized', 'user_invalid_token', 'user_authenticator_not_found'] },
  // avatars
  generateQrCodeImage: { summary: 'Fetches a PNG QR code that encodes the given text.', throws: ['general_argument_invalid'] },
  getBrowserIconByCode: { summary: 'Fetches the icon of a web browser by its code.', throws: ['avatar_not_found'] },
  getCountryFlagByCode: { summary: 'Fetches a country\'s flag by its ISO 3166-1 alpha-2 code.', throws: ['avatar_not_found'] },
  getCreditCardIcon: { summary: 'Fetches the logo of a credit card brand by its code.', throws: ['avatar_not_found'] },
  getFavicon: { summary: 'Fetches the favicon of a remote website.', throws: ['avatar_icon_not_found', 'avatar_remote_url_failed'] },
  getRemoteImage: { summary: 'Fetches a remote image through Appwrite, resized and cached.', throws: ['avatar_image_not_found', 'avatar_remote_url_failed'] },
  getUserInitials: { summary: 'Fetches an image with the initials of a name (or of the signed-in user) on a coloured background.', throws: ['general_argument_invalid'] },
  // databases
  createDocument: { summary: 'Creates a document in a collection.', throws: ['collection_not_found', 'document_invalid_structure', 'document_already_exists', 'user_unauthorized'] },
  deleteDocumentById: { summary: 'Deletes a document.', throws: ['document_not_found', 'user_unauthorized'] },
  getDocumentById: { summary: 'Returns one document.', throws: ['document_not_found', 'collection_not_found'] },
  listUserDocuments: { summary: 'Lists the documents of a collection that the caller can read, filtered by queries.', throws: ['collection_not_found', 'general_query_invalid'] },
  updateDocumentById: { summary: 'Updates some fields (and optionally the permissions) of a document.', throws: ['document_not_found', 'document_invalid_structure', 'user_unauthorized'] },
  // functions
  getExecutionLog: { summary: 'Returns one execution of a function, with its status, response and logs.', throws: ['function_not_found', 'execution_not_found'] },
  listExecutions: { summary: 'Lists the executions of a function that the caller can read.', throws: ['function_not_found', 'general_query_invalid'] },
  triggerFunctionExecution: { summary: 'Runs a function with an HTTP-like request, waiting for the result unless `async` is set.', throws: ['function_not_found', 'user_unauthorized', 'function_synchronous_timeout'] },
  // graphql
  executeMutation: { summary: 'Runs a GraphQL query against the `/graphql` endpoint.', throws: ['graphql_no_query', 'graphql_too_many_queries'] },
  executeMutationOperation: { summary: 'Runs a GraphQL mutation against the `/graphql/mutation` endpoint.', throws: ['graphql_no_query', 'graphql_too_many_queries'] },
  // locale
  getCurrencies: { summary: 'Lists currencies, with names in the client\'s locale.', throws: [] },
  getEuCountries: { summary: 'Lists the member countries of the European Union.', throws: [] },
  getUserLocale: { summary: 'Guesses the caller\'s country, continent and currency from their IP address.', throws: [] },
  listCodes: { summary: 'Lists the locale codes Appwrite supports.', throws: [] },
  listContinents: { summary: 'Lists continents, with names in the client\'s locale.', throws: [] },
  listCountries: { summary: 'Lists countries, with names in the client\'s locale.', throws: [] },
  listCountriesPhones: { summary: 'Lists countries with their phone dialling codes.', throws: [] },
  listLanguages: { summary: 'Lists languages with their ISO 639-1 codes and native names.', throws: [] },
  // messaging
  addNewSubscriber: { summary: 'Subscribes one of the user\'s messaging targets to a topic.', throws: ['topic_not_found', 'user_target_not_found', 'subscriber_already_exists'] },
  deleteSubscriberById: { summary: 'Removes a subscriber from a topic.', throws: ['topic_not_found', 'subscriber_not_found'] },
  // storage
  createFile: { summary: 'Uploads a file to a bucket.', throws: ['storage_bucket_not_found', 'storage_file_already_exists', 'storage_invalid_file_size', 'storage_file_type_unsupported'] },
  deleteFileById: { summary: 'Deletes a file.', throws: ['storage_file_not_found', 'user_unauthorized'] },
  getFileById: { summary: 'Returns a file\'s metadata.', throws: ['storage_bucket_not_found', 'storage_file_not_found'] },
  getFileDownload: { summary: 'Fetches a file\'s bytes as an attachment.', throws: ['storage_file_not_found'] },
  getFileForView: { summary: 'Fetches a file\'s bytes for display inline.', throws: ['storage_file_not_found'] },
  getFilePreviewImage: { summary: 'Fetches a resized, cropped or re-encoded preview of an image file.', throws: ['storage_file_not_found', 'storage_file_type_unsupported'] },
  listFiles: { summary: 'Lists the files of a bucket that the caller can read.', throws: ['storage_bucket_not_found', 'general_query_invalid'] },
  updateFileById: { summary: 'Renames a file or changes its permissions.', throws: ['storage_file_not_found', 'user_unauthorized'] },
  // teams
  createMembership: { summary: 'Invites a user to a team by email, user ID or phone, with roles.', throws: ['team_not_found', 'team_invite_already_exists', 'user_unauthorized'] },
  createNewTeam: { summary: 'Creates a team; the caller becomes its owner.', throws: ['team_already_exists', 'user_unauthorized'] },
  deleteMembership: { summary: 'Removes a member from a team or withdraws an invitation.', throws: ['team_not_found', 'membership_not_found', 'user_unauthorized'] },
  getById: { summary: 'Returns a team the caller belongs to.', throws: ['team_not_found'] },
  getMembership: { summary: 'Returns one membership of a team.', throws: ['team_not_found', 'membership_not_found'] },
  // Keyed by export name, so account's and teams' `getPrefs` share this entry.
  getPrefs: { summary: 'Returns a preferences object: the signed-in user\'s (account) or a team\'s shared one (teams).', throws: ['user_unauthorized', 'team_not_found'] },
  getUserMemberships: { summary: 'Lists the teams the signed-in user belongs to.', throws: ['general_query_invalid'] },
  listMemberships: { summary: 'Lists the members of a team.', throws: ['team_not_found', 'general_query_invalid'] },
  removeTeam: { summary: 'Deletes a team and all its memberships.', throws: ['team_not_found', 'user_unauthorized'] },
  updateMembershipRoles: { summary: 'Replaces the roles of a team member.', throws: ['team_not_found', 'membership_not_found', 'user_unauthorized'] },
  updateMembershipStatus: { summary: 'Accepts a team invitation with the secret from the invitation link, signing the user in.', throws: ['team_invite_not_found', 'team_invalid_secret', 'team_invite_mismatch'] },
  updateNameById: { summary: 'Renames a team.', throws: ['team_not_found', 'user_unauthorized'] },
  updatePrefsById: { summary: 'Replaces a team\'s shared preferences object.', throws: ['team_not_found', 'user_unauthorized'] },
};

/**
 * Aliases: clearer names for seed names that mislead. Docs lead with these.
 *
 * @type {Record<string, { target: string, summary: string }>}
 */
export const aliases = {
  confirmEmailVerification: { target: 'createEmailVerification', summary: 'Confirms an email address with the user ID and secret from the verification link.' },
  sendEmailVerification: { target: 'createEmailVerification0', summary: 'Sends the signed-in user an email with a verification link pointing at `url`.' },
  graphqlQuery: { target: 'executeMutation', summary: 'Runs a GraphQL query (`POST /graphql`).' },
  graphqlMutation: { target: 'executeMutationOperation', summary: 'Runs a GraphQL mutation (`POST /graphql/mutation`).' },
  listTeams: { target: 'getUserMemberships', summary: 'Lists the teams the signed-in user belongs to.' },
  updateName: { target: 'updateNameOperation', summary: 'Changes the signed-in user\'s display name.' },
};

// Each summary ends with the official SDK's name for the same call, so the reference, and its
// search (typedoc `searchInComments`), finds our function from either name.
for (const table of [operationDocs, aliases]) {
  for (const [name, docs] of Object.entries(table)) {
    const official = officialNames[name];
    if (official) docs.summary = `${docs.summary} Official SDK: ${official.split(' or ').map((method) => `\`${method}\``).join(' or ')}.`;
  }
}
