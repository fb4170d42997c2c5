/**
 * Document payload type: a document's own fields plus the system fields Appwrite adds.
 */
export type RealtimeDocument<TFields = Record<string, unknown>> = TFields & {
  /** The document ID. */
  readonly $id: string;
  /** The collection ID. */
  readonly $collectionId: string;
  /** The database ID. */
  readonly $databaseId: string;
  /** When the document was created (ISO 8601). */
  readonly $createdAt: string;
  /** When the document was last updated (ISO 8601). */
  readonly $updatedAt: string;
  /** The permission strings of the document. */
  readonly $permissions: readonly string[];
};

/**
 * File payload interface: a stored file's metadata.
 */
export interface RealtimeFile {
  /** The file ID. */
  readonly $id: string;
  /** The bucket ID. */
  readonly bucketId: string;
  /** When the file was created (ISO 8601). */
  readonly $createdAt: string;
  /** When the file was last updated (ISO 8601). */
  readonly $updatedAt: string;
  /** The permission strings of the file. */
  readonly $permissions: readonly string[];
  /** The file name. */
  readonly name: string;
  /** The file's MD5 signature. */
  readonly signature: string;
  /** The MIME type. */
  readonly mimeType: string;
  /** The original size in bytes. */
  readonly sizeOriginal: number;
  /** How many chunks the upload has in total. */
  readonly chunksTotal: number;
  /** How many chunks have been uploaded so far. */
  readonly chunksUploaded: number;
}

/**
 * Execution payload interface: one run of a function (the fields the events carry most often).
 */
export interface RealtimeExecution {
  /** The execution ID. */
  readonly $id: string;
  /** When the execution was created (ISO 8601). */
  readonly $createdAt: string;
  /** When the execution was last updated (ISO 8601). */
  readonly $updatedAt: string;
  /** The function ID. */
  readonly functionId: string;
  /** What started it: `http`, `schedule` or `event`. */
  readonly trigger: string;
  /** Its status: `waiting`, `processing`, `completed` or `failed`. */
  readonly status: string;
  /** The HTTP status code the function answered with. */
  readonly responseStatusCode: number;
  /** The run time in seconds. */
  readonly duration: number;
  /** Further fields as the server sent them. */
  readonly [field: string]: unknown;
}

/**
 * Team payload interface.
 */
export interface RealtimeTeam {
  /** The team ID. */
  readonly $id: string;
  /** When the team was created (ISO 8601). */
  readonly $createdAt: string;
  /** When the team was last updated (ISO 8601). */
  readonly $updatedAt: string;
  /** The team name. */
  readonly name: string;
  /** How many members the team has. */
  readonly total: number;
  /** The team preferences. */
  readonly prefs: Readonly<Record<string, unknown>>;
}

/**
 * Membership payload interface.
 */
export interface RealtimeMembership {
  /** The membership ID. */
  readonly $id: string;
  /** When the membership was created (ISO 8601). */
  readonly $createdAt: string;
  /** When the membership was last updated (ISO 8601). */
  readonly $updatedAt: string;
  /** The user ID. */
  readonly userId: string;
  /** The user name. */
  readonly userName: string;
  /** The user email. */
  readonly userEmail: string;
  /** The team ID. */
  readonly teamId: string;
  /** The team name. */
  readonly teamName: string;
  /** When the invitation was sent (ISO 8601). */
  readonly invited: string;
  /** When the invitation was accepted (ISO 8601). */
  readonly joined: string;
  /** Whether the user accepted the invitation. */
  readonly confirm: boolean;
  /** Whether the user has multi-factor authentication on. */
  readonly mfa: boolean;
  /** The user's roles in the team. */
  readonly roles: readonly string[];
}

/**
 * Account payload interface: the account channel carries the user, its sessions, identities and
 * other account resources, so only the ID is common to all of them.
 */
export interface RealtimeAccountPayload {
  /** The ID of the changed resource. */
  readonly $id: string;
  /** Further fields as the server sent them. */
  readonly [field: string]: unknown;
}
