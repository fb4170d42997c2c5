import type { Hono } from 'hono';
import { isServerRoles } from '../../auth/apiKeys.ts';
import { fail } from '../../errors/AppwriteException.ts';
import type { MembershipRecord, TeamRecord } from '../../models/records.ts';
import { toMembershipModel } from '../../models/membershipModel.ts';
import { toTeamModel } from '../../models/teamModel.ts';
import { applyQueries } from '../../query/applyQueries.ts';
import type { EmulatorContext } from '../../server/context.ts';
import { defineRoute } from '../../server/defineRoute.ts';
import { isEmail, isPhone, isUrl, readId, readString } from '../../server/validate.ts';
import { hashSecret, randomSecret, resolveId, secretMatches, uniqueId } from '../../util/ids.ts';
import { isoNow } from '../../util/time.ts';
import { createUser, findUserByEmail, linkWith, requireAccount, saveUser, startSession } from '../account/accountSupport.ts';
import { resolveLocale, translate } from '../locale/localeData.ts';
import { checkRedirectHost } from '../../server/redirectHost.ts';
import { escapeHtml, ownedTeam, publishMembership, publishTeam, readableTeam, readRoles, teamMembership } from './teamSupport.ts';

/**
 * Registers the 13 teams operations. The creator becomes an owner; only owners rename,
 * delete, change prefs, invite and change roles; a member may also remove their own membership.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerTeamsRoutes(app: Hono, ctx: EmulatorContext): void {
  defineRoute(app, ctx, 'teamsList', ({ caller, ctx, params }) => {
    const teams = ctx.tables.teams.filter((t) => isServerRoles(caller.roles) || caller.roles.includes(`team:${t.$id}`));
    let models = teams.map((t) => toTeamModel(t, ctx.tables) as { $id: string; name: string });
    const search = readString(params, 'search', { max: 256 });
    if (search) models = models.filter((t) => t.name.toLowerCase().includes(search.toLowerCase()) || t.$id === search);
    const { items, total } = applyQueries(models, params.queries, ['name', 'total']);
    return { total, teams: items };
  });

  defineRoute(app, ctx, 'teamsCreate', (req) => {
    // With a key the team starts empty: Appwrite adds no creator membership in server mode.
    const server = isServerRoles(req.caller.roles);
    const user = server ? undefined : requireAccount(req.caller).user;
    const id = readId(req.params.teamId, 'teamId', resolveId);
    const name = readString(req.params, 'name', { required: true, max: 128 });
    // Appwrite always makes a client-side creator an owner, whatever other roles were asked for.
    const roles = readRoles(req.params.roles, false) ?? ['owner'];
    if (!roles.includes('owner')) roles.push('owner');
    if (req.ctx.tables.teams.get(id)) fail('team_already_exists', 'Team with requested ID already exists.');
    const now = isoNow();
    const team: TeamRecord = { $id: id, $createdAt: now, $updatedAt: now, name, prefs: {} };
    req.ctx.tables.teams.put(id, team);
    if (user) {
      const membership: MembershipRecord = {
        $id: uniqueId(), $createdAt: now, $updatedAt: now, userId: user.$id, teamId: id, roles, invited: now, joined: now, confirm: true, secretHash: '',
      };
      req.ctx.tables.memberships.put(membership.$id, membership);
    }
    publishTeam(req.ctx, team, 'create');
    return toTeamModel(team, req.ctx.tables);
  });

  defineRoute(app, ctx, 'teamsGet', ({ caller, ctx, params }) => toTeamModel(readableTeam(ctx, caller, String(params.teamId)), ctx.tables));

  defineRoute(app, ctx, 'teamsUpdateName', ({ caller, ctx, params }) => {
    const team = ownedTeam(ctx, caller, String(params.teamId));
    const updated = ctx.tables.teams.put(team.$id, { ...team, name: readString(params, 'name', { required: true, max: 128 }), $updatedAt: isoNow() });
    publishTeam(ctx, updated, 'update');
    return toTeamModel(updated, ctx.tables);
  });

  defineRoute(app, ctx, 'teamsDelete', ({ caller, ctx, params }) => {
    const team = ownedTeam(ctx, caller, String(params.teamId));
    publishTeam(ctx, team, 'delete');
    for (const membership of ctx.tables.memberships.filter((m) => m.teamId === team.$id)) ctx.tables.memberships.delete(membership.$id);
    ctx.tables.teams.delete(team.$id);
    return null;
  });

  defineRoute(app, ctx, 'teamsGetPrefs', ({ caller, ctx, params }) => readableTeam(ctx, caller, String(params.teamId)).prefs);

  defineRoute(app, ctx, 'teamsUpdatePrefs', ({ caller, ctx, params }) => {
    const team = ownedTeam(ctx, caller, String(params.teamId));
    const prefs = params.prefs;
    if (typeof prefs !== 'object' || prefs === null || Array.isArray(prefs)) fail('general_argument_invalid', 'Invalid `prefs` param: Value must be a valid object.');
    const updated = ctx.tables.teams.put(team.$id, { ...team, prefs: prefs as Record<string, unknown>, $updatedAt: isoNow() });
    publishTeam(ctx, updated, 'update.prefs');
    return updated.prefs;
  });

  defineRoute(app, ctx, 'teamsListMemberships', ({ caller, ctx, params }) => {
    const team = readableTeam(ctx, caller, String(params.teamId));
    let models = ctx.tables.memberships.filter((m) => m.teamId === team.$id).map((m) => toMembershipModel(m, ctx.tables) as { $id: string; userId: string });
    const search = readString(params, 'search', { max: 256 });
    if (search) {
      // Appwrite's membership search index holds the membership id and the user id only.
      const words = search.toLowerCase().split(/\s+/).filter(Boolean);
      models = models.filter((m) => words.some((word) => [m.$id, m.userId].some((token) => token.toLowerCase().startsWith(word))));
    }
    const { items, total } = applyQueries(models, params.queries, ['userId', 'teamId', 'invited', 'joined', 'confirm']);
    return { total, memberships: items };
  });

  defineRoute(app, ctx, 'teamsCreateMembership', ({ c, caller, ctx, params }) => {
    const team = ownedTeam(ctx, caller, String(params.teamId));
    const email = readString(params, 'email', { test: isEmail })?.toLowerCase();
    const userId = readString(params, 'userId', { max: 36 });
    const phone = readString(params, 'phone', { test: isPhone });
    const roles = readRoles(params.roles, true)!;
    const sentUrl = readString(params, 'url', { test: isUrl });
    checkRedirectHost(c, ctx.config, 'url', sentUrl);
    const url = sentUrl ?? `${new URL(c.req.url).origin}/auth/invitation`;
    const name = readString(params, 'name', { max: 128 }) ?? '';
    if (!email && !userId && !phone) fail('general_argument_invalid', 'At least one of userId, email, or phone is required');
    let invitee = userId ? ctx.tables.users.get(userId) : email ? findUserByEmail(ctx, email) : ctx.tables.users.find((u) => u.phone === phone);
    if (userId && !invitee) fail('user_not_found', 'User with the requested ID could not be found.');
    invitee ??= createUser(ctx, { id: uniqueId(), ...(email ? { email } : {}), ...(phone ? { phone } : {}), name });
    if (ctx.tables.memberships.find((m) => m.teamId === team.$id && m.userId === invitee.$id)) {
      fail('team_invite_already_exists', 'User has already been invited or is already a member of this team');
    }
    if (isServerRoles(caller.roles)) {
      // The server adds members directly, as Appwrite does for keys: joined at once, no invitation sent.
      const now = isoNow();
      const joined: MembershipRecord = {
        $id: uniqueId(), $createdAt: now, $updatedAt: now, userId: invitee.$id, teamId: team.$id, roles, invited: now, joined: now, confirm: true, secretHash: '',
      };
      ctx.tables.memberships.put(joined.$id, joined);
      publishMembership(ctx, joined, 'create');
      return toMembershipModel(joined, ctx.tables);
    }
    const secret = randomSecret(128);
    const now = isoNow();
    const membership: MembershipRecord = {
      $id: uniqueId(), $createdAt: now, $updatedAt: now, userId: invitee.$id, teamId: team.$id, roles, invited: now, joined: '', confirm: false,
      secretHash: hashSecret(secret),
    };
    ctx.tables.memberships.put(membership.$id, membership);
    const link = linkWith(url, { membershipId: membership.$id, userId: invitee.$id, secret, teamId: team.$id });
    const inviter = caller.user?.name || caller.user?.email || 'A team owner';
    // Subject from Appwrite's translations ("Invitation to %s Team at %s"); the link is HTML-escaped in the body as in its template.
    const locale = resolveLocale(c.req.query('locale') ?? c.req.header('x-appwrite-locale'));
    const subject = (translate(locale, 'emails.invitation.subject') ?? 'Invitation to %s Team at %s').replace('%s', team.name).replace('%s', ctx.config.projectName ?? ctx.config.projectId);
    const shownLink = escapeHtml(link);
    const text = `${inviter} invited you to the team "${team.name}" at ${ctx.config.projectName ?? ctx.config.projectId}. Accept here: ${shownLink}`;
    ctx.outbox.send({
      channel: invitee.email ? 'email' : 'sms', kind: 'invitation', to: invitee.email || invitee.phone,
      subject, text,
      data: {
        userId: invitee.$id, secret, url: link, teamId: team.$id, membershipId: membership.$id, name: invitee.name || name,
        html: `<p>${escapeHtml(inviter)} invited you to the team ${escapeHtml(team.name)}.</p><p><a href="${shownLink}">${shownLink}</a></p>`,
      },
    });
    publishMembership(ctx, membership, 'create');
    return toMembershipModel(membership, ctx.tables);
  });

  defineRoute(app, ctx, 'teamsGetMembership', ({ caller, ctx, params }) => {
    const team = readableTeam(ctx, caller, String(params.teamId));
    return toMembershipModel(teamMembership(ctx, team.$id, String(params.membershipId)), ctx.tables);
  });

  defineRoute(app, ctx, 'teamsUpdateMembership', ({ caller, ctx, params }) => {
    const team = ownedTeam(ctx, caller, String(params.teamId), 'User is not allowed to modify roles');
    const membership = teamMembership(ctx, team.$id, String(params.membershipId));
    const roles = readRoles(params.roles, true)!;
    const updated = ctx.tables.memberships.put(membership.$id, { ...membership, roles, $updatedAt: isoNow() });
    publishMembership(ctx, updated, 'update');
    return toMembershipModel(updated, ctx.tables);
  });

  defineRoute(app, ctx, 'teamsDeleteMembership', ({ caller, ctx, params }) => {
    const teamId = String(params.teamId);
    const membership = ctx.tables.memberships.get(String(params.membershipId));
    if (!membership) fail('team_invite_not_found', 'The requested team invitation could not be found.');
    const team = ctx.tables.teams.get(teamId);
    if (!team) fail('team_not_found', 'Team with the requested ID could not be found.');
    if (membership.teamId !== teamId) fail('team_membership_mismatch', 'The membership ID does not belong to the team ID.');
    // Owners remove anyone; a member (or invitee) may remove themselves.
    const isSelf = caller.user?.$id === membership.userId;
    if (!isSelf && !isServerRoles(caller.roles) && !caller.roles.includes(`team:${teamId}/owner`)) fail('user_unauthorized', 'The current user is not authorized to perform the requested action.');
    ctx.tables.memberships.delete(membership.$id);
    publishMembership(ctx, membership, 'delete');
    return null;
  });

  defineRoute(app, ctx, 'teamsUpdateMembershipStatus', (req) => {
    const { ctx, params } = req;
    const teamId = String(params.teamId);
    // Parameters are checked first, then Appwrite's order: membership, team, secret, invitee, confirmation.
    const userId = readId(params.userId, 'userId', (v) => (v === 'unique()' ? undefined : resolveId(v)));
    const secret = readString(params, 'secret', { required: true, max: 256 });
    const membership = ctx.tables.memberships.get(String(params.membershipId));
    if (!membership) fail('membership_not_found', 'Membership with the requested ID could not be found.');
    const team = ctx.tables.teams.get(teamId);
    if (!team) fail('team_not_found', 'Team with the requested ID could not be found.');
    if (membership.teamId !== teamId) fail('team_membership_mismatch', 'The membership ID does not belong to the team ID.');
    if (!secretMatches(secret, membership.secretHash)) fail('team_invalid_secret', 'The team invitation secret is invalid.');
    if (membership.userId !== userId) fail('team_invite_mismatch', 'The invite does not belong to the current user.');
    if (membership.confirm) fail('membership_already_confirmed', 'Membership is already confirmed.');
    const user = ctx.tables.users.get(userId);
    if (!user) fail('user_not_found', 'User with the requested ID could not be found.');
    const updated = ctx.tables.memberships.put(membership.$id, { ...membership, confirm: true, joined: isoNow(), $updatedAt: isoNow() });
    // Accepting proves the invited mailbox, and signs the invitee in (Appwrite does both).
    user.emailVerification = true;
    saveUser(req, user);
    if (!req.caller.user || req.caller.user.$id !== user.$id) startSession(req, user, 'email', ['email'], user.email);
    publishMembership(ctx, updated, 'update.status');
    return toMembershipModel(updated, ctx.tables);
  });
}
