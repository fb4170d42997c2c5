import { isAppwriteError } from '@aw/core';
import type { H3Event } from 'h3';

/** The posted form's fields (urlencoded), as strings; unknown keys are ignored by the callers. */
export async function readForm(event: H3Event): Promise<Map<string, string>> {
  const body = await readBody<Record<string, unknown> | undefined>(event);
  const fields = new Map<string, string>();
  for (const [key, value] of Object.entries(body ?? {})) if (typeof value === 'string') fields.set(key, value);
  return fields;
}

/** Why a form failed, as Appwrite's error type, or `undefined` for an error to rethrow. */
export function failure(error: unknown): string | undefined {
  if (isAppwriteError(error)) return error.type;
  if (error instanceof Error && error.name === 'AwValidationError') return 'invalid_input';
  return undefined;
}
