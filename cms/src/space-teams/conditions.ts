import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

/**
 * Where a subject names its space, as a path for a condition's query: a space is itself, a
 * machine reaches it through its relation. The Content Manager turns the query into a database
 * filter for lists and populates the path to check one entry (sift).
 */
const SPACE_ID_PATHS: Readonly<Record<string, readonly string[]>> = {
  [UIDS.espace]: ['documentId'],
  [UIDS.machine]: ['espace.documentId'],
  // A registration is for an atelier or a formation, held in a space of the network.
  [UIDS.inscription]: ['atelier.place.documentId', 'formation.place.documentId'],
};

/** Condition ids as Strapi computes them for an application's conditions (`api::<name>`). */
export const SPACE_TEAM_CONDITIONS = {
  member: 'api::space-team-member',
  publish: 'api::space-team-publish',
} as const;

/** The setting that lets teams publish their space's changes themselves (cms/config/network.ts). */
export const TEAMS_PUBLISH_SETTING = 'network.spaces.teamsPublish';

/**
 * The permission engine calls a handler with the admin user, into which it merges the permission
 * being evaluated (@strapi/permissions, engine `evaluate`): the subject picks the path. The same
 * object serves every permission of one ability, so it keys the per-request cache below.
 */
interface ConditionUser {
  id: number;
  permission?: { subject?: string | null };
}

type SpaceFilter = Record<string, { $in: string[] }>;
type SpaceQuery = SpaceFilter | { $or: SpaceFilter[] } | false;

/**
 * Registers « Membre de l'équipe de l'espace » and its publishing twin. Must run in bootstrap
 * before the roles are written: `assignPermissions` drops conditions it does not know. A second
 * bootstrap in the same process (tests) finds them registered and leaves them.
 */
export async function registerSpaceTeamConditions(strapi: Core.Strapi): Promise<void> {
  const spacesOf = memberSpaces(strapi);
  /**
   * The spaces of the user's teams by documentId, not the team's own path (`team.member.id`): the
   * Content Manager's publish and unpublish populate a space deeply with relations counted, and a
   * relation inside a component (the team's member) then arrives as `{ count }` whatever the
   * condition asked for, so no member id could ever match there. `false` for a subject without a
   * space, or a user in no team: the right is not granted at all (the type leaves their menu).
   */
  const teamQuery = async (user: ConditionUser): Promise<SpaceQuery> => {
    const paths = SPACE_ID_PATHS[user.permission?.subject ?? ''];
    if (!paths) return false;
    const spaces = await spacesOf(user);
    if (spaces.length === 0) return false;
    const filters = paths.map((path) => ({ [path]: { $in: spaces } }));
    return filters.length === 1 ? filters[0] : { $or: filters };
  };

  const conditions = [
    {
      id: SPACE_TEAM_CONDITIONS.member,
      name: 'space-team-member',
      displayName: 'Membre de l’équipe de l’espace',
      category: 'Espaces',
      handler: teamQuery,
    },
    {
      id: SPACE_TEAM_CONDITIONS.publish,
      name: 'space-team-publish',
      displayName: 'Membre de l’équipe de l’espace, si le réseau laisse les équipes publier',
      category: 'Espaces',
      // Read at each request (abilities are built per request): the setting needs no rewrite of
      // the roles, only the restart that reloads the configuration.
      handler: async (user: ConditionUser) => (strapi.config.get<boolean>(TEAMS_PUBLISH_SETTING, false) ? teamQuery(user) : false),
    },
  ];
  const { conditionProvider } = strapi.admin!.services.permission;
  for (const { id, ...condition } of conditions) {
    if (!conditionProvider.has(id)) await conditionProvider.register(condition);
  }
}

/**
 * The documentIds of the spaces whose team holds the user, read once per ability (one admin
 * request). The team of the draft counts: it is what the team and the Modérateurs edit, and it
 * takes effect at once, without waiting for a publication.
 */
function memberSpaces(strapi: Core.Strapi): (user: ConditionUser) => Promise<string[]> {
  const cache = new WeakMap<ConditionUser, Promise<string[]>>();
  return (user) => {
    if (!cache.has(user)) {
      const rows = strapi.db
        .query(UIDS.espace)
        .findMany({ where: { publishedAt: null, team: { member: { id: user.id } } }, select: ['documentId'] }) as Promise<{ documentId: string }[]>;
      cache.set(
        user,
        rows.then((found) => [...new Set(found.map((row) => row.documentId))]),
      );
    }
    return cache.get(user)!;
  };
}
