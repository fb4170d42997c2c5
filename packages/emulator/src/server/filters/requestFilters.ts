import { listParam } from '../../services/databases/listParam.ts';
import { convertLegacyQuery } from './legacyQuery.ts';
import { isOlderThan } from './responseFormat.ts';

// Operations whose `queries` a client before 1.5 sends in the 1.4 text syntax (the client API's
// share of the list Appwrite 1.5 converts for such clients).
const LEGACY_QUERY_OPERATIONS = new Set([
  'accountListIdentities', 'accountListLogs', 'databasesListDocuments', 'databasesGetDocument',
  'functionsListExecutions', 'storageListFiles', 'teamsList', 'teamsListMemberships',
]);

/**
 * Rewrites a request's parameters from an older client's shape into Appwrite 1.5's, for the
 * client API routes Appwrite 1.5 rewrites:
 * - format < 1.4.0: `createExecution` sends its payload as `data`, read as `body`;
 * - format < 1.5.0: 1.4 text queries become JSON queries, and `updateRecovery` drops `passwordAgain`.
 *
 * @param operationId The route's operation id.
 * @param params The parameters as read (not changed).
 * @param format The client's `X-Appwrite-Response-Format`, or undefined.
 *
 * @returns The parameters to use.
 */
export function applyRequestFilters(operationId: string, params: Record<string, unknown>, format: string | undefined): Record<string, unknown> {
  if (format === undefined) return params;
  let result = params;
  const edit = (): Record<string, unknown> => (result === params ? (result = Object.assign(Object.create(null) as Record<string, unknown>, params)) : result);
  if (isOlderThan(format, '1.4.0') && operationId === 'functionsCreateExecution') {
    const copy = edit();
    copy.body = copy.data ?? '';
    delete copy.data;
  }
  if (isOlderThan(format, '1.5.0')) {
    if (operationId === 'accountUpdateRecovery') delete edit().passwordAgain;
    if (LEGACY_QUERY_OPERATIONS.has(operationId)) {
      const queries = listParam(result, 'queries');
      if (queries !== undefined) {
        const copy = edit();
        for (const key of Object.keys(copy)) if (key === 'queries' || key.startsWith('queries[')) delete copy[key];
        copy.queries = queries.map((query) => convertLegacyQuery(String(query)));
      }
    }
  }
  return result;
}
