/**
 * Turns a seed name into its export name: `create_o_auth2_session` -> `createOAuth2Session`,
 * `create_email_verification_0` -> `createEmailVerification0`.
 *
 * @param {string} snake The seed's snake_case name.
 * @returns {string} The camelCase name.
 */
export function camelCase(snake) {
  return snake.replace(/_([a-z0-9])/g, (_, letter) => letter.toUpperCase());
}

/**
 * Upper-cases the first letter: `documentList` -> `DocumentList`.
 *
 * @param {string} name The name.
 * @returns {string} The PascalCase name.
 */
export function pascalCase(name) {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * Turns a human label or a value into an identifier-safe PascalCase key:
 * `Google Chrome (iOS)` -> `GoogleChromeIOS`, `top-left` -> `TopLeft`.
 *
 * @param {string} label The label.
 * @returns {string} The key.
 */
export function enumKey(label) {
  const key = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+(.)?/g, (_, next) => (next ? next.toUpperCase() : ''))
    .replace(/^./, (first) => first.toUpperCase());
  return /^[0-9]/.test(key) ? `_${key}` : key;
}

/**
 * Quotes a string as a single-quoted TypeScript literal.
 *
 * @param {string} text The text.
 * @returns {string} The literal.
 */
export function quote(text) {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * Writes a property key, quoting it only when it is not a plain identifier.
 *
 * @param {string} key The key.
 * @returns {string} The key as written in an object literal or interface.
 */
export function propertyKey(key) {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : quote(key);
}
