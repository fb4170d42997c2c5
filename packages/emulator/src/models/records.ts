/** A user as the emulator stores it (never sent as is). */
export interface UserRecord {
  $id: string;
  $createdAt: string;
  $updatedAt: string;
  name: string;
  email: string;
  phone: string;
  /** scrypt hash `scrypt$salt$hash`, or '' for accounts without a password. */
  passwordHash: string;
  registration: string;
  status: boolean;
  labels: string[];
  passwordUpdate: string;
  emailVerification: boolean;
  phoneVerification: boolean;
  mfa: boolean;
  prefs: Record<string, unknown>;
  accessedAt: string;
  /** Base32 TOTP secret once an authenticator was added. */
  totpSecret: string;
  /** Whether the TOTP authenticator was confirmed. */
  totpVerified: boolean;
  /** Unused MFA recovery codes. */
  recoveryCodes: string[];
}

/** A session as stored. */
export interface SessionRecord {
  $id: string;
  $createdAt: string;
  $updatedAt: string;
  userId: string;
  expire: string;
  provider: string;
  providerUid: string;
  /** sha256 of the session secret. */
  secretHash: string;
  ip: string;
  userAgent: string;
  factors: string[];
  mfaUpdatedAt: string;
}

/** A one-time secret (login token, recovery, verification …) as stored. */
export interface TokenRecord {
  $id: string;
  $createdAt: string;
  userId: string;
  kind: 'email' | 'magic-url' | 'phone' | 'oauth2' | 'recovery' | 'verification' | 'phone-verification' | 'generic';
  secretHash: string;
  expire: string;
  phrase: string;
}

/** A team as stored. */
export interface TeamRecord {
  $id: string;
  $createdAt: string;
  $updatedAt: string;
  name: string;
  prefs: Record<string, unknown>;
}

/** A team membership as stored. */
export interface MembershipRecord {
  $id: string;
  $createdAt: string;
  $updatedAt: string;
  userId: string;
  teamId: string;
  roles: string[];
  invited: string;
  joined: string;
  confirm: boolean;
  /** sha256 of the invitation secret; '' once accepted. */
  secretHash: string;
}

/** A messaging target (email, sms or push address) as stored. */
export interface TargetRecord {
  $id: string;
  $createdAt: string;
  $updatedAt: string;
  name: string;
  userId: string;
  providerId: string;
  providerType: 'email' | 'sms' | 'push';
  identifier: string;
}

/** An OAuth2 identity as stored. */
export interface IdentityRecord {
  $id: string;
  $createdAt: string;
  $updatedAt: string;
  userId: string;
  provider: string;
  providerUid: string;
  providerEmail: string;
}

/** An audit log entry as stored. */
export interface LogRecord {
  $id: string;
  userId: string;
  event: string;
  ip: string;
  time: string;
  userAgent: string;
}

/** A pending MFA challenge as stored. */
export interface ChallengeRecord {
  $id: string;
  $createdAt: string;
  userId: string;
  expire: string;
  factor: string;
  /** sha256 of the code sent by email/SMS; '' for TOTP. */
  codeHash: string;
}

/** A topic subscription as stored. */
export interface SubscriberRecord {
  $id: string;
  $createdAt: string;
  $updatedAt: string;
  topicId: string;
  targetId: string;
  userId: string;
}
