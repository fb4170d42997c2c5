import { now } from '../clock/Clock.ts';

/**
 * Creates an Appwrite-style timestamp (ISO 8601 with `+00:00`).
 *
 * @param date The moment; the emulator clock's now when omitted.
 *
 * @returns The timestamp.
 */
export function isoNow(date: Date = new Date(now())): string {
  return date.toISOString().replace('Z', '+00:00');
}

/**
 * Creates a timestamp a number of seconds from now.
 *
 * @param seconds Seconds to add.
 *
 * @returns The timestamp.
 */
export function isoIn(seconds: number): string {
  return isoNow(new Date(now() + seconds * 1000));
}

/**
 * Checks whether an Appwrite timestamp lies in the past.
 *
 * @param timestamp The timestamp.
 *
 * @returns Whether it has passed.
 */
export function isPast(timestamp: string): boolean {
  return Date.parse(timestamp) <= now();
}
