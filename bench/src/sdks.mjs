/**
 * The SDKs compared in every table, in display order.
 *
 * `id` names the scenario folder under bench/scenarios/; `module` is the import specifier of the
 * official package (installed under an npm alias so two versions sit side by side).
 */
export const sdks = [
  { id: 'ours', label: 'AW SDK (ours)' },
  { id: 'official-v15', label: 'appwrite@15.0.0', module: 'appwrite-v15' },
  { id: 'official-latest', label: 'appwrite@28.0.0 (latest)', module: 'appwrite-latest' },
];

/** The fixed bundle scenarios, in display order; each has one entry file per SDK. */
export const scenarios = [
  { id: 'bare', label: 'bare client' },
  { id: 'login', label: 'login + current user' },
  { id: 'typical', label: 'typical app' },
  { id: 'all', label: 'every operation' },
];
