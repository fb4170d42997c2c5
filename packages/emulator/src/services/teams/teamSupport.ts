import { isServerRoles } from '../../auth/apiKeys.ts';
import { fail } from '../../errors/AppwriteException.ts';
import type { MembershipRecord, TeamRecord } from '../../models/records.ts';
import { toMembershipModel } from '../../models/membershipModel.ts';
import { toTeamModel } from '../../models/teamModel.ts';
import type { Caller, EmulatorContext } from '../../server/context.ts';

/**
 * Finds a team the caller may read (any confirmed member), failing with 404 like Appwrite otherwise.
 *
 * @param ctx The emulator context.
 * @param caller The caller.
 * @param teamId The team id.
 *
 * @returns The team.
 */
export function readableTeam(ctx: EmulatorContext, caller: Caller, teamId: string): TeamRecord {
  const team = ctx.tables.teams.get(teamId);
  if (!team || !(isServerRoles(caller.roles) || caller.roles.includes(`team:${teamId}`))) fail('team_not_found', 'Team with the requested ID could not be found.');
  return team;
}

/**
 * Finds a team the caller owns, failing with 401 `user_unauthorized` when they only belong to it.
 *
 * @param ctx The emulator context.
 * @param caller The caller.
 * @param teamId The team id.
 * @param message The error message when the caller is not an owner.
 *
 * @returns The team.
 */
export function ownedTeam(ctx: EmulatorContext, caller: Caller, teamId: string, message = 'The current user is not authorized to perform the requested action.'): TeamRecord {
  const team = readableTeam(ctx, caller, teamId);
  if (!isServerRoles(caller.roles) && !caller.roles.includes(`team:${teamId}/owner`)) fail('user_unauthorized', message);
  return team;
}

/**
 * Finds a membership of a team.
 *
 * @param ctx The emulator context.
 * @param teamId The team id.
 * @param membershipId The membership id.
 *
 * @returns The membership.
 */
export function teamMembership(ctx: EmulatorContext, teamId: string, membershipId: string): MembershipRecord {
  const membership = ctx.tables.memberships.get(membershipId);
  if (!membership || membership.teamId !== teamId) fail('membership_not_found', 'Membership with the requested ID could not be found.');
  return membership;
}

/**
 * Publishes a team event on `teams` and `teams.<id>`.
 *
 * @param ctx The emulator context.
 * @param team The team.
 * @param action create, update, update.prefs or delete.
 */
export function publishTeam(ctx: EmulatorContext, team: TeamRecord, action: string): void {
  ctx.events.publish({
    events: [`teams.${team.$id}.${action}`, `teams.*.${action}`],
    channels: ['teams', `teams.${team.$id}`],
    payload: toTeamModel(team, ctx.tables),
    readRoles: [`team:${team.$id}`],
  });
}

/**
 * Publishes a membership event on `memberships` and `memberships.<id>`.
 *
 * @param ctx The emulator context.
 * @param membership The membership.
 * @param action create, update, update.status or delete.
 */
export function publishMembership(ctx: EmulatorContext, membership: MembershipRecord, action: string): void {
  ctx.events.publish({
    events: [`teams.${membership.teamId}.memberships.${membership.$id}.${action}`, `teams.*.memberships.*.${action}`],
    channels: ['memberships', `memberships.${membership.$id}`],
    payload: toMembershipModel(membership, ctx.tables),
    readRoles: [`team:${membership.teamId}`, `user:${membership.userId}`],
  });
}

/**
 * Reads and checks the `roles` parameter (at most 100 roles of at most 32 chars).
 *
 * @param value The parameter.
 * @param required Whether it must be present.
 *
 * @returns The roles.
 */
export function readRoles(value: unknown, required: boolean): string[] | undefined {
  if (value === undefined || value === null) {
    if (required) fail('general_argument_invalid', 'Param "roles" is not optional.');
    return undefined;
  }
  if (!Array.isArray(value) || value.length > 100 || !value.every((r) => typeof r === 'string' && r.length > 0 && r.length <= 32)) {
    fail('general_argument_invalid', 'Invalid `roles` param: Value must a valid array no longer than 100 items and Value must be a valid string and at least 1 chars and no longer than 32 chars');
  }
  return value as string[];
}

/**
 * Escapes the characters HTML gives meaning to (as Appwrite's mail templates do with `{{redirect}}`),
 * leaving `&` alone so query strings stay readable.
 *
 * @param text The text.
 *
 * @returns The escaped text.
 */
export function escapeHtml(text: string): string {
  return text.replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#039;');
}
