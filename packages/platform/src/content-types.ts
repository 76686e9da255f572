/**
 * Every content-type uid the workspaces name, in one place: a renamed type fails the compiler in
 * each workspace that uses it instead of failing at run time. Strapi's schema files (relations'
 * `target`) keep their own strings: those are read by Strapi, not by our code.
 */
export const UIDS = {
  // The network's content (cms/src/api).
  fiche: 'api::fiche.fiche',
  categorie: 'api::categorie.categorie',
  etiquette: 'api::etiquette.etiquette',
  /** A group of words the site's search takes as one (« ordi, ordinateur, PC, poste »), per language. */
  synonyme: 'api::synonyme.synonyme',
  atelier: 'api::atelier.atelier',
  formation: 'api::formation.formation',
  /** A training path: formations in the order to follow them (their prerequisites are on each formation). */
  parcours: 'api::parcours-formation.parcours-formation',
  /** A registration for an atelier or a formation: private, never in a public response. */
  inscription: 'api::inscription.inscription',
  espace: 'api::espace.espace',
  equipement: 'api::equipement.equipement',
  /** A space's machine (its inventory): network-only, never public. */
  machine: 'api::machine.machine',
  pret: 'api::pret.pret',
  intervention: 'api::intervention.intervention',
  sujet: 'api::sujet.sujet',
  message: 'api::message.message',
  abonne: 'api::abonne.abonne',
  lettre: 'api::lettre.lettre',
  // The project's plugins.
  workflowTransition: 'plugin::workflow.transition',
  workflowNotification: 'plugin::workflow.notification',
  revision: 'plugin::revisions.revision',
  digestIssue: 'plugin::digest.issue',
  digestDelivery: 'plugin::digest.delivery',
  digestLock: 'plugin::digest.lock',
  // Strapi's own.
  user: 'plugin::users-permissions.user',
  role: 'plugin::users-permissions.role',
  permission: 'plugin::users-permissions.permission',
  adminUser: 'admin::user',
  adminRole: 'admin::role',
  adminPermission: 'admin::permission',
  /** The forum's moderation plugin: members' flags, the moderators' log, reply-notification watches. */
  forumFlag: 'plugin::moderation.flag',
  forumAudit: 'plugin::moderation.audit-entry',
  topicWatch: 'plugin::moderation.topic-watch',
  upload: 'plugin::upload.file',
} as const;

/**
 * The prefix of the Content Manager's RBAC actions (`…explorer.read`, `.create`, `.update`,
 * `.delete`, `.publish`): the roles' matrix on the server and the admin's panels check the same ones.
 */
export const CONTENT_MANAGER_ACTION = 'plugin::content-manager.explorer.';

export type UidName = keyof typeof UIDS;
export type KnownUid = (typeof UIDS)[UidName];

/** The network's own collection types (cms/src/api). */
export type ApiUid = Extract<KnownUid, `api::${string}`>;

/**
 * The content types whose saves the revisions plugin keeps (its `contentTypes` config) and whose
 * edit view shows « Historique »: one list for the server, the admin and the CMS's config.
 */
export const TRACKED_UIDS = [UIDS.fiche, UIDS.espace] as const;
export type TrackedUid = (typeof TRACKED_UIDS)[number];
