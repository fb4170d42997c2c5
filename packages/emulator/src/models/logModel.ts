import type { CoreTables } from '../server/context.ts';
import { describeClient } from './describeClient.ts';
import type { LogRecord } from './records.ts';

/**
 * Creates the Appwrite `log` model of an audit entry.
 *
 * @param log The stored entry.
 * @param tables The tables (for the user's name and email).
 *
 * @returns The model.
 */
export function toLogModel(log: LogRecord, tables: CoreTables): Record<string, unknown> {
  const user = tables.users.get(log.userId);
  return {
    event: log.event,
    userId: log.userId,
    userEmail: user?.email ?? '',
    userName: user?.name ?? '',
    mode: 'default',
    ip: log.ip,
    time: log.time,
    ...describeClient(log.userAgent),
    countryCode: '--',
    countryName: 'Unknown',
  };
}
