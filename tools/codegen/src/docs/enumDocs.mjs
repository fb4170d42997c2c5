/**
 * Our own one-line descriptions of the enums the spec names.
 *
 * @type {Record<string, string>}
 */
export const enumDocs = {
  AuthenticationFactor: 'MFA factors a challenge can be sent for.',
  AuthenticatorType: 'Kinds of authenticator that can be added as an MFA factor.',
  Browser: 'Browser codes that `getBrowserIconByCode` has icons for.',
  CreditCard: 'Card brands that `getCreditCardIcon` has logos for.',
  ExecutionMethod: 'HTTP methods a function execution can be sent with.',
  Flag: 'Country codes (ISO 3166-1 alpha-2) that `getCountryFlagByCode` has flags for.',
  ImageFormat: 'Image formats a file preview can be encoded in.',
  ImageGravity: 'Which part of an image a cropped preview keeps.',
  OAuthProvider: 'OAuth2 providers Appwrite can sign users in with.',
};
