/**
 * Who is signed in on a client, and when that changes: `import { createAuthState } from '@aw/account/auth-state'`.
 *
 * A subpath of its own, so apps that do not use it (and `import * as account from '@aw/account'`) never carry it.
 *
 * @packageDocumentation
 */
export {
  createAuthState,
  type AuthListener,
  type AuthSnapshot,
  type AuthState,
  type AuthStateOptions,
} from './extras/createAuthState.ts';
