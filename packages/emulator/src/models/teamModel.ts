import type { CoreTables } from '../server/context.ts';
import type { TeamRecord } from './records.ts';

/**
 * Creates the Appwrite `team` model.
 *
 * @param team The stored team.
 * @param tables The tables (to count confirmed members).
 *
 * @returns The model.
 */
export function toTeamModel(team: TeamRecord, tables: CoreTables): Record<string, unknown> {
  const total = tables.memberships.filter((m) => m.teamId === team.$id && m.confirm).length;
  return { $id: team.$id, $createdAt: team.$createdAt, $updatedAt: team.$updatedAt, name: team.name, total, prefs: team.prefs };
}
