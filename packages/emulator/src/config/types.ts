/** One attribute of a collection, as the Appwrite CLI writes it. */
export interface AttributeConfig {
  /** The attribute key. */
  key: string;
  /** The type: string, integer, double, boolean, datetime, relationship (email/url/ip/enum are strings with a `format`). */
  type: string;
  /** Whether a value is required. */
  required?: boolean;
  /** Whether the value is an array. */
  array?: boolean;
  /** Maximum string length. */
  size?: number;
  /** Default value. */
  default?: unknown;
  /** String format: email, url, ip, enum. */
  format?: string;
  /** Allowed values of an enum. */
  elements?: string[];
  /** Minimum number. */
  min?: number;
  /** Maximum number. */
  max?: number;
  /** Any other CLI field (relationship options, status …). */
  [extra: string]: unknown;
}

/** One index of a collection. */
export interface IndexConfig {
  /** The index key. */
  key: string;
  /** key, unique or fulltext. */
  type: string;
  /** Indexed attribute keys. */
  attributes: string[];
  /** ASC/DESC per attribute. */
  orders?: string[];
}

/** A database from appwrite.json. */
export interface DatabaseConfig {
  /** The database id. */
  $id: string;
  /** The display name. */
  name: string;
  /** Whether it is enabled. */
  enabled?: boolean;
}

/** A collection from appwrite.json. */
export interface CollectionConfig {
  /** The collection id. */
  $id: string;
  /** The database id. */
  databaseId: string;
  /** The display name. */
  name: string;
  /** Collection-level permissions such as `read("any")`. */
  $permissions?: string[];
  /** Whether document permissions are also checked. */
  documentSecurity?: boolean;
  /** Whether it is enabled. */
  enabled?: boolean;
  /** The attributes. */
  attributes?: AttributeConfig[];
  /** The indexes. */
  indexes?: IndexConfig[];
}

/** A storage bucket from appwrite.json. */
export interface BucketConfig {
  /** The bucket id. */
  $id: string;
  /** The display name. */
  name: string;
  /** Bucket-level permissions. */
  $permissions?: string[];
  /** Whether file permissions are also checked. */
  fileSecurity?: boolean;
  /** Whether it is enabled. */
  enabled?: boolean;
  /** Maximum file size in bytes. */
  maximumFileSize?: number;
  /** Allowed extensions; empty allows all. */
  allowedFileExtensions?: string[];
  /** none, gzip or zstd. */
  compression?: string;
  /** Whether files are encrypted at rest. */
  encryption?: boolean;
  /** Whether files are scanned. */
  antivirus?: boolean;
}

/** A function from appwrite.json. */
export interface FunctionConfig {
  /** The function id. */
  $id: string;
  /** The display name. */
  name: string;
  /** The runtime, e.g. node-18.0. */
  runtime?: string;
  /** Roles allowed to execute it. */
  execute?: string[];
  /** Folder of the code, relative to appwrite.json. */
  path?: string;
  /** Entry file inside `path`. */
  entrypoint?: string;
  /** Seconds before an execution is stopped. */
  timeout?: number;
  /** Whether it is enabled. */
  enabled?: boolean;
  /** Any other CLI field. */
  [extra: string]: unknown;
}

/** A team from appwrite.json. */
export interface TeamConfig {
  /** The team id. */
  $id: string;
  /** The display name. */
  name: string;
}

/** A messaging topic from appwrite.json. */
export interface TopicConfig {
  /** The topic id. */
  $id: string;
  /** The display name. */
  name: string;
  /** Roles allowed to subscribe; defaults to `users`. */
  subscribe?: string[];
}

/** A platform of the project (an app that may call it); web platforms allow their hostname as a browser origin. */
export interface PlatformConfig {
  /** web, flutter-web, apple-ios, android … (web when omitted). */
  type?: string;
  /** The display name. */
  name?: string;
  /** The hostname a web app is served from, e.g. `app.example.com` or `*.example.com`. */
  hostname?: string;
  /** Any other field. */
  [extra: string]: unknown;
}

/** The Appwrite CLI project file (`appwrite.json`), 1.5-era format. */
export interface ProjectConfig {
  /** The project id clients send in X-Appwrite-Project. */
  projectId: string;
  /** The project name. */
  projectName?: string;
  /** Databases. */
  databases: DatabaseConfig[];
  /** Collections. */
  collections: CollectionConfig[];
  /** Storage buckets. */
  buckets: BucketConfig[];
  /** Functions. */
  functions: FunctionConfig[];
  /** Teams created at start. */
  teams: TeamConfig[];
  /** Messaging topics. */
  topics: TopicConfig[];
  /** Platforms; the hostnames of web platforms are allowed browser origins. */
  platforms: PlatformConfig[];
  /** The folder appwrite.json was read from, used to resolve function paths. */
  baseDir: string;
}
