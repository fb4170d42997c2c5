// DO NOT EDIT: written by bench/scripts/generate-operations.mjs from appwrite-1.5.8-client.openapi3.json (sha256 5c256a7f715e) and the seed README.
/** Every client operation: service, our export name, the official SDK's method name, HTTP method and path. */
export const operations = [
 {
  "service": "account",
  "name": "addAuthenticator",
  "official": "createMfaAuthenticator",
  "method": "POST",
  "path": "/account/mfa/authenticators/{type}",
  "binary": false
 },
 {
  "service": "account",
  "name": "blockUserStatus",
  "official": "updateStatus",
  "method": "PATCH",
  "path": "/account/status",
  "binary": false
 },
 {
  "service": "account",
  "name": "completeMfaChallenge",
  "official": "updateMfaChallenge",
  "method": "PUT",
  "path": "/account/mfa/challenge",
  "binary": false
 },
 {
  "service": "account",
  "name": "completePasswordRecovery",
  "official": "updateRecovery",
  "method": "PUT",
  "path": "/account/recovery",
  "binary": false
 },
 {
  "service": "account",
  "name": "confirmPhoneVerification",
  "official": "updatePhoneVerification",
  "method": "PUT",
  "path": "/account/verification/phone",
  "binary": false
 },
 {
  "service": "account",
  "name": "createAnonymousSession",
  "official": "createAnonymousSession",
  "method": "POST",
  "path": "/account/sessions/anonymous",
  "binary": false
 },
 {
  "service": "account",
  "name": "createEmailPasswordSession",
  "official": "createEmailPasswordSession",
  "method": "POST",
  "path": "/account/sessions/email",
  "binary": false
 },
 {
  "service": "account",
  "name": "createEmailToken",
  "official": "createEmailToken",
  "method": "POST",
  "path": "/account/tokens/email",
  "binary": false
 },
 {
  "service": "account",
  "name": "createEmailVerification",
  "official": "updateVerification",
  "method": "PUT",
  "path": "/account/verification",
  "binary": false
 },
 {
  "service": "account",
  "name": "createEmailVerification0",
  "official": "createVerification",
  "method": "POST",
  "path": "/account/verification",
  "binary": false
 },
 {
  "service": "account",
  "name": "createJwt",
  "official": "createJWT",
  "method": "POST",
  "path": "/account/jwt",
  "binary": false
 },
 {
  "service": "account",
  "name": "createMagicUrlToken",
  "official": "createMagicURLToken",
  "method": "POST",
  "path": "/account/tokens/magic-url",
  "binary": false
 },
 {
  "service": "account",
  "name": "createMfaChallenge",
  "official": "createMfaChallenge",
  "method": "POST",
  "path": "/account/mfa/challenge",
  "binary": false
 },
 {
  "service": "account",
  "name": "createMfaRecoveryCodes",
  "official": "createMfaRecoveryCodes",
  "method": "POST",
  "path": "/account/mfa/recovery-codes",
  "binary": false
 },
 {
  "service": "account",
  "name": "createOAuth2Session",
  "official": "createOAuth2Session",
  "method": "GET",
  "path": "/account/sessions/oauth2/{provider}",
  "binary": false
 },
 {
  "service": "account",
  "name": "createOAuth2Token",
  "official": "createOAuth2Token",
  "method": "GET",
  "path": "/account/tokens/oauth2/{provider}",
  "binary": false
 },
 {
  "service": "account",
  "name": "createPasswordRecovery",
  "official": "createRecovery",
  "method": "POST",
  "path": "/account/recovery",
  "binary": false
 },
 {
  "service": "account",
  "name": "createPhoneToken",
  "official": "createPhoneToken",
  "method": "POST",
  "path": "/account/tokens/phone",
  "binary": false
 },
 {
  "service": "account",
  "name": "createPhoneVerification",
  "official": "createPhoneVerification",
  "method": "POST",
  "path": "/account/verification/phone",
  "binary": false
 },
 {
  "service": "account",
  "name": "createPushTarget",
  "official": "createPushTarget",
  "method": "POST",
  "path": "/account/targets/push",
  "binary": false
 },
 {
  "service": "account",
  "name": "createSessionFromToken",
  "official": "createSession",
  "method": "POST",
  "path": "/account/sessions/token",
  "binary": false
 },
 {
  "service": "account",
  "name": "deleteAuthenticator",
  "official": "deleteMfaAuthenticator",
  "method": "DELETE",
  "path": "/account/mfa/authenticators/{type}",
  "binary": false
 },
 {
  "service": "account",
  "name": "deleteIdentityById",
  "official": "deleteIdentity",
  "method": "DELETE",
  "path": "/account/identities/{identityId}",
  "binary": false
 },
 {
  "service": "account",
  "name": "deletePushTarget",
  "official": "deletePushTarget",
  "method": "DELETE",
  "path": "/account/targets/{targetId}/push",
  "binary": false
 },
 {
  "service": "account",
  "name": "extendSessionLength",
  "official": "updateSession",
  "method": "PATCH",
  "path": "/account/sessions/{sessionId}",
  "binary": false
 },
 {
  "service": "account",
  "name": "getCurrentUser",
  "official": "get",
  "method": "GET",
  "path": "/account",
  "binary": false
 },
 {
  "service": "account",
  "name": "getMfaRecoveryCodes",
  "official": "getMfaRecoveryCodes",
  "method": "GET",
  "path": "/account/mfa/recovery-codes",
  "binary": false
 },
 {
  "service": "account",
  "name": "getPrefs",
  "official": "getPrefs",
  "method": "GET",
  "path": "/account/prefs",
  "binary": false
 },
 {
  "service": "account",
  "name": "getSession",
  "official": "getSession",
  "method": "GET",
  "path": "/account/sessions/{sessionId}",
  "binary": false
 },
 {
  "service": "account",
  "name": "listIdentities",
  "official": "listIdentities",
  "method": "GET",
  "path": "/account/identities",
  "binary": false
 },
 {
  "service": "account",
  "name": "listLogs",
  "official": "listLogs",
  "method": "GET",
  "path": "/account/logs",
  "binary": false
 },
 {
  "service": "account",
  "name": "listMfaFactors",
  "official": "listMfaFactors",
  "method": "GET",
  "path": "/account/mfa/factors",
  "binary": false
 },
 {
  "service": "account",
  "name": "listSessions",
  "official": "listSessions",
  "method": "GET",
  "path": "/account/sessions",
  "binary": false
 },
 {
  "service": "account",
  "name": "logoutSessionById",
  "official": "deleteSession",
  "method": "DELETE",
  "path": "/account/sessions/{sessionId}",
  "binary": false
 },
 {
  "service": "account",
  "name": "regenerateMfaRecoveryCodes",
  "official": "updateMfaRecoveryCodes",
  "method": "PATCH",
  "path": "/account/mfa/recovery-codes",
  "binary": false
 },
 {
  "service": "account",
  "name": "registerUser",
  "official": "create",
  "method": "POST",
  "path": "/account",
  "binary": false
 },
 {
  "service": "account",
  "name": "removeSessions",
  "official": "deleteSessions",
  "method": "DELETE",
  "path": "/account/sessions",
  "binary": false
 },
 {
  "service": "account",
  "name": "updateMagicUrlSession",
  "official": "updateMagicURLSession",
  "method": "PUT",
  "path": "/account/sessions/magic-url",
  "binary": false
 },
 {
  "service": "account",
  "name": "updateMfaStatus",
  "official": "updateMFA",
  "method": "PATCH",
  "path": "/account/mfa",
  "binary": false
 },
 {
  "service": "account",
  "name": "updateNameOperation",
  "official": "updateName",
  "method": "PATCH",
  "path": "/account/name",
  "binary": false
 },
 {
  "service": "account",
  "name": "updatePassword",
  "official": "updatePassword",
  "method": "PATCH",
  "path": "/account/password",
  "binary": false
 },
 {
  "service": "account",
  "name": "updatePhone",
  "official": "updatePhone",
  "method": "PATCH",
  "path": "/account/phone",
  "binary": false
 },
 {
  "service": "account",
  "name": "updatePhoneSession",
  "official": "updatePhoneSession",
  "method": "PUT",
  "path": "/account/sessions/phone",
  "binary": false
 },
 {
  "service": "account",
  "name": "updatePreferences",
  "official": "updatePrefs",
  "method": "PATCH",
  "path": "/account/prefs",
  "binary": false
 },
 {
  "service": "account",
  "name": "updatePushTarget",
  "official": "updatePushTarget",
  "method": "PUT",
  "path": "/account/targets/{targetId}/push",
  "binary": false
 },
 {
  "service": "account",
  "name": "updateUserEmail",
  "official": "updateEmail",
  "method": "PATCH",
  "path": "/account/email",
  "binary": false
 },
 {
  "service": "account",
  "name": "verifyAuthenticator",
  "official": "updateMfaAuthenticator",
  "method": "PUT",
  "path": "/account/mfa/authenticators/{type}",
  "binary": false
 },
 {
  "service": "avatars",
  "name": "generateQrCodeImage",
  "official": "getQR",
  "method": "GET",
  "path": "/avatars/qr",
  "binary": true
 },
 {
  "service": "avatars",
  "name": "getBrowserIconByCode",
  "official": "getBrowser",
  "method": "GET",
  "path": "/avatars/browsers/{code}",
  "binary": true
 },
 {
  "service": "avatars",
  "name": "getCountryFlagByCode",
  "official": "getFlag",
  "method": "GET",
  "path": "/avatars/flags/{code}",
  "binary": true
 },
 {
  "service": "avatars",
  "name": "getCreditCardIcon",
  "official": "getCreditCard",
  "method": "GET",
  "path": "/avatars/credit-cards/{code}",
  "binary": true
 },
 {
  "service": "avatars",
  "name": "getFavicon",
  "official": "getFavicon",
  "method": "GET",
  "path": "/avatars/favicon",
  "binary": true
 },
 {
  "service": "avatars",
  "name": "getRemoteImage",
  "official": "getImage",
  "method": "GET",
  "path": "/avatars/image",
  "binary": true
 },
 {
  "service": "avatars",
  "name": "getUserInitials",
  "official": "getInitials",
  "method": "GET",
  "path": "/avatars/initials",
  "binary": true
 },
 {
  "service": "databases",
  "name": "createDocument",
  "official": "createDocument",
  "method": "POST",
  "path": "/databases/{databaseId}/collections/{collectionId}/documents",
  "binary": false
 },
 {
  "service": "databases",
  "name": "deleteDocumentById",
  "official": "deleteDocument",
  "method": "DELETE",
  "path": "/databases/{databaseId}/collections/{collectionId}/documents/{documentId}",
  "binary": false
 },
 {
  "service": "databases",
  "name": "getDocumentById",
  "official": "getDocument",
  "method": "GET",
  "path": "/databases/{databaseId}/collections/{collectionId}/documents/{documentId}",
  "binary": false
 },
 {
  "service": "databases",
  "name": "listUserDocuments",
  "official": "listDocuments",
  "method": "GET",
  "path": "/databases/{databaseId}/collections/{collectionId}/documents",
  "binary": false
 },
 {
  "service": "databases",
  "name": "updateDocumentById",
  "official": "updateDocument",
  "method": "PATCH",
  "path": "/databases/{databaseId}/collections/{collectionId}/documents/{documentId}",
  "binary": false
 },
 {
  "service": "functions",
  "name": "getExecutionLog",
  "official": "getExecution",
  "method": "GET",
  "path": "/functions/{functionId}/executions/{executionId}",
  "binary": false
 },
 {
  "service": "functions",
  "name": "listExecutions",
  "official": "listExecutions",
  "method": "GET",
  "path": "/functions/{functionId}/executions",
  "binary": false
 },
 {
  "service": "functions",
  "name": "triggerFunctionExecution",
  "official": "createExecution",
  "method": "POST",
  "path": "/functions/{functionId}/executions",
  "binary": false
 },
 {
  "service": "graphql",
  "name": "executeMutation",
  "official": "query",
  "method": "POST",
  "path": "/graphql",
  "binary": false
 },
 {
  "service": "graphql",
  "name": "executeMutationOperation",
  "official": "mutation",
  "method": "POST",
  "path": "/graphql/mutation",
  "binary": false
 },
 {
  "service": "locale",
  "name": "getCurrencies",
  "official": "listCurrencies",
  "method": "GET",
  "path": "/locale/currencies",
  "binary": false
 },
 {
  "service": "locale",
  "name": "getEuCountries",
  "official": "listCountriesEU",
  "method": "GET",
  "path": "/locale/countries/eu",
  "binary": false
 },
 {
  "service": "locale",
  "name": "getUserLocale",
  "official": "get",
  "method": "GET",
  "path": "/locale",
  "binary": false
 },
 {
  "service": "locale",
  "name": "listCodes",
  "official": "listCodes",
  "method": "GET",
  "path": "/locale/codes",
  "binary": false
 },
 {
  "service": "locale",
  "name": "listContinents",
  "official": "listContinents",
  "method": "GET",
  "path": "/locale/continents",
  "binary": false
 },
 {
  "service": "locale",
  "name": "listCountries",
  "official": "listCountries",
  "method": "GET",
  "path": "/locale/countries",
  "binary": false
 },
 {
  "service": "locale",
  "name": "listCountriesPhones",
  "official": "listCountriesPhones",
  "method": "GET",
  "path": "/locale/countries/phones",
  "binary": false
 },
 {
  "service": "locale",
  "name": "listLanguages",
  "official": "listLanguages",
  "method": "GET",
  "path": "/locale/languages",
  "binary": false
 },
 {
  "service": "messaging",
  "name": "addNewSubscriber",
  "official": "createSubscriber",
  "method": "POST",
  "path": "/messaging/topics/{topicId}/subscribers",
  "binary": false
 },
 {
  "service": "messaging",
  "name": "deleteSubscriberById",
  "official": "deleteSubscriber",
  "method": "DELETE",
  "path": "/messaging/topics/{topicId}/subscribers/{subscriberId}",
  "binary": false
 },
 {
  "service": "storage",
  "name": "createFile",
  "official": "createFile",
  "method": "POST",
  "path": "/storage/buckets/{bucketId}/files",
  "binary": false
 },
 {
  "service": "storage",
  "name": "deleteFileById",
  "official": "deleteFile",
  "method": "DELETE",
  "path": "/storage/buckets/{bucketId}/files/{fileId}",
  "binary": false
 },
 {
  "service": "storage",
  "name": "getFileById",
  "official": "getFile",
  "method": "GET",
  "path": "/storage/buckets/{bucketId}/files/{fileId}",
  "binary": false
 },
 {
  "service": "storage",
  "name": "getFileDownload",
  "official": "getFileDownload",
  "method": "GET",
  "path": "/storage/buckets/{bucketId}/files/{fileId}/download",
  "binary": true
 },
 {
  "service": "storage",
  "name": "getFileForView",
  "official": "getFileView",
  "method": "GET",
  "path": "/storage/buckets/{bucketId}/files/{fileId}/view",
  "binary": true
 },
 {
  "service": "storage",
  "name": "getFilePreviewImage",
  "official": "getFilePreview",
  "method": "GET",
  "path": "/storage/buckets/{bucketId}/files/{fileId}/preview",
  "binary": true
 },
 {
  "service": "storage",
  "name": "listFiles",
  "official": "listFiles",
  "method": "GET",
  "path": "/storage/buckets/{bucketId}/files",
  "binary": false
 },
 {
  "service": "storage",
  "name": "updateFileById",
  "official": "updateFile",
  "method": "PUT",
  "path": "/storage/buckets/{bucketId}/files/{fileId}",
  "binary": false
 },
 {
  "service": "teams",
  "name": "createMembership",
  "official": "createMembership",
  "method": "POST",
  "path": "/teams/{teamId}/memberships",
  "binary": false
 },
 {
  "service": "teams",
  "name": "createNewTeam",
  "official": "create",
  "method": "POST",
  "path": "/teams",
  "binary": false
 },
 {
  "service": "teams",
  "name": "deleteMembership",
  "official": "deleteMembership",
  "method": "DELETE",
  "path": "/teams/{teamId}/memberships/{membershipId}",
  "binary": false
 },
 {
  "service": "teams",
  "name": "getById",
  "official": "get",
  "method": "GET",
  "path": "/teams/{teamId}",
  "binary": false
 },
 {
  "service": "teams",
  "name": "getMembership",
  "official": "getMembership",
  "method": "GET",
  "path": "/teams/{teamId}/memberships/{membershipId}",
  "binary": false
 },
 {
  "service": "teams",
  "name": "getPrefs",
  "official": "getPrefs",
  "method": "GET",
  "path": "/teams/{teamId}/prefs",
  "binary": false
 },
 {
  "service": "teams",
  "name": "getUserMemberships",
  "official": "list",
  "method": "GET",
  "path": "/teams",
  "binary": false
 },
 {
  "service": "teams",
  "name": "listMemberships",
  "official": "listMemberships",
  "method": "GET",
  "path": "/teams/{teamId}/memberships",
  "binary": false
 },
 {
  "service": "teams",
  "name": "removeTeam",
  "official": "delete",
  "method": "DELETE",
  "path": "/teams/{teamId}",
  "binary": false
 },
 {
  "service": "teams",
  "name": "updateMembershipRoles",
  "official": "updateMembership",
  "method": "PATCH",
  "path": "/teams/{teamId}/memberships/{membershipId}",
  "binary": false
 },
 {
  "service": "teams",
  "name": "updateMembershipStatus",
  "official": "updateMembershipStatus",
  "method": "PATCH",
  "path": "/teams/{teamId}/memberships/{membershipId}/status",
  "binary": false
 },
 {
  "service": "teams",
  "name": "updateNameById",
  "official": "updateName",
  "method": "PUT",
  "path": "/teams/{teamId}",
  "binary": false
 },
 {
  "service": "teams",
  "name": "updatePrefsById",
  "official": "updatePrefs",
  "method": "PUT",
  "path": "/teams/{teamId}/prefs",
  "binary": false
 }
];
