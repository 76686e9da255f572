/**
 * Who may do what in the admin panel, as data. Scopes: `all` applies to every entry; `own` to
 * the entries the user created (Strapi's `admin::is-creator`); `team` to the spaces whose team
 * the user is in, and to those spaces' machines; `team-if-allowed` as `team` when the network
 * lets teams publish (`network.spaces.teamsPublish`), else to nothing. admin-roles.ts turns each
 * scope into its conditions. Publishing is Modérateur's: nothing reaches the public site without
 * review, unless the network lets teams publish their own space.
 */
import { UIDS } from '@reseau-epn/platform';
import { PERMISSIONS as MODERATION } from '@reseau-epn/strapi-plugin-moderation/permissions';
import { PERMISSIONS as WORKFLOW } from '@reseau-epn/strapi-plugin-workflow/permissions';

export type Scope = 'all' | 'own' | 'team' | 'team-if-allowed';
export type ContentAction = 'create' | 'read' | 'update' | 'delete' | 'publish';
export type Grants = Record<string, Partial<Record<ContentAction, Scope>>>;

export interface AdminRoleDefinition {
  code: string;
  name: string;
  description: string;
  grants: Grants;
  /** Plugin actions this role alone holds (besides SHARED_ACTIONS): the forum's moderation is Modérateur's. */
  actions?: readonly string[];
}

const FICHE = UIDS.fiche;
const CATEGORIE = UIDS.categorie;
const ETIQUETTE = UIDS.etiquette;
const SYNONYME = UIDS.synonyme;
const ESPACE = UIDS.espace;
const MACHINE = UIDS.machine;
const ATELIER = UIDS.atelier;
const FORMATION = UIDS.formation;
const PARCOURS = UIDS.parcours;
const EQUIPEMENT = UIDS.equipement;
const PRET = UIDS.pret;
const INTERVENTION = UIDS.intervention;
const INSCRIPTION = UIDS.inscription;
const SUJET = UIDS.sujet;
const MESSAGE = UIDS.message;

const readAll = { read: 'all' } as const;
const writeOwn = { create: 'all', read: 'all', update: 'own', delete: 'own' } as const;
const manage = { create: 'all', read: 'all', update: 'all', delete: 'all' } as const;
const manageAndPublish = { ...manage, publish: 'all' } as const;
const manageTeam = { create: 'team', read: 'team', update: 'team', delete: 'team' } as const;

export const ADMIN_ROLES: AdminRoleDefinition[] = [
  {
    code: 'reseau-animateur',
    name: 'Animateur',
    description:
      'Écrit et modifie ses fiches, ses ateliers, ses demandes de prêt et d’intervention ; tient la page et l’inventaire des espaces de son équipe ; ne publie pas (sa page d’espace seulement si le réseau le permet).',
    grants: {
      [FICHE]: writeOwn,
      [ATELIER]: writeOwn,
      [FORMATION]: readAll,
      [PARCOURS]: readAll,
      [PRET]: { create: 'all', read: 'own', update: 'own' },
      [INTERVENTION]: { create: 'all', read: 'own', update: 'own' },
      [CATEGORIE]: readAll,
      [ETIQUETTE]: { create: 'all', read: 'all' },
      [SYNONYME]: { create: 'all', read: 'all', update: 'all' },
      [ESPACE]: { read: 'all', update: 'team', publish: 'team-if-allowed' },
      [MACHINE]: manageTeam,
      // Update, not create nor delete: in the Content Manager only attendance, a name, a phone or
      // a need change (cms/src/registrations/guard.ts); seats change through the event's
      // « Inscriptions » panel, whose routes check this same right (registrations/admin-routes.ts).
      [INSCRIPTION]: { read: 'team', update: 'team' },
      [EQUIPEMENT]: readAll,
      [SUJET]: readAll,
      [MESSAGE]: readAll,
    },
  },
  {
    code: 'reseau-moderateur',
    name: 'Modérateur',
    description: 'Relit et publie les fiches, le calendrier et l’annuaire ; modère le forum.',
    grants: {
      [FICHE]: manageAndPublish,
      [ATELIER]: manageAndPublish,
      [FORMATION]: manageAndPublish,
      [PARCOURS]: manageAndPublish,
      [ESPACE]: manageAndPublish,
      // Forum topics and posts have no draft: their visibility is a post's state, changed through the moderation queue.
      [SUJET]: manage,
      [MESSAGE]: manage,
      [CATEGORIE]: manage,
      [ETIQUETTE]: manage,
      [SYNONYME]: manage,
      [INTERVENTION]: readAll,
      [PRET]: readAll,
      [EQUIPEMENT]: readAll,
      [MACHINE]: readAll,
      [INSCRIPTION]: { read: 'all', update: 'all' },
    },
    actions: [MODERATION.read, MODERATION.moderate, MODERATION.ban],
  },
  {
    code: 'reseau-technicien',
    name: 'Technicien',
    description: 'Suit les interventions, gère le parc d’équipements et les prêts ; écrit des fiches sans les publier.',
    grants: {
      [INTERVENTION]: manage,
      [EQUIPEMENT]: manage,
      [MACHINE]: manage,
      [INSCRIPTION]: { read: 'all', update: 'all' },
      [PRET]: manage,
      [FICHE]: writeOwn,
      [ESPACE]: { read: 'all', update: 'all' },
      [CATEGORIE]: readAll,
      [ETIQUETTE]: { create: 'all', read: 'all' },
      [SYNONYME]: { create: 'all', read: 'all', update: 'all' },
      [ATELIER]: readAll,
      [FORMATION]: readAll,
      [PARCOURS]: readAll,
      [SUJET]: readAll,
      [MESSAGE]: readAll,
    },
  },
];

/**
 * Actions without a subject that every network role holds: the media library, to attach
 * screenshots and PDFs, and the workflow's « Suivi » dashboard, which shows each role only what
 * it may read (an Animateur their own requests and loans).
 */
export const SHARED_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
  WORKFLOW.read,
] as const;

/**
 * What visitors of the public API (users-permissions' Public role) may read, and nothing else.
 * Not the forum's topics and posts: without a draft, their core routes would list pending and
 * hidden posts; the forum is read through /api/forum/… (published posts only, public shapes).
 */
export const PUBLIC_READABLE = [FICHE, CATEGORIE, ETIQUETTE, SYNONYME, ESPACE, ATELIER, FORMATION, PARCOURS] as const;

/**
 * users-permissions roles of the network's members who use the API (scripts, tools): same
 * names as the admin roles; they may call the workflow routes, whose engine checks each
 * transition's roles.
 */
export const NETWORK_API_ROLES = [
  { type: 'animateur', name: 'Animateur' },
  { type: 'moderateur', name: 'Modérateur' },
  { type: 'technicien', name: 'Technicien' },
] as const;

export const WORKFLOW_API_ACTIONS = ['state', 'fire', 'createFiche'].map((a) => `plugin::workflow.workflow.${a}`);

/** Content actions a version added to a role, by subject. */
type AddedGrants = Record<string, readonly ContentAction[]>;

export interface RoleUpgrade {
  /** Recorded once applied to a role: never applied twice. */
  id: string;
  /** By role code; each action gets the scope the role's grants above give it. */
  grants: Record<string, AddedGrants>;
}

/**
 * Grants added after roles were first created. A role created from this matrix has them already;
 * a role that existed before gains each upgrade once, at the next start, so a fresh and an upgraded
 * install behave the same. Once applied, an administrator may take a grant away for good.
 */
export const ROLE_UPGRADES: readonly RoleUpgrade[] = [
  {
    id: 'space-teams',
    grants: {
      'reseau-animateur': { [ESPACE]: ['update', 'publish'], [MACHINE]: ['create', 'read', 'update', 'delete'] },
      'reseau-moderateur': { [MACHINE]: ['read'] },
      'reseau-technicien': { [MACHINE]: ['create', 'read', 'update', 'delete'] },
    },
  },
  {
    id: 'registrations',
    grants: {
      'reseau-animateur': { [INSCRIPTION]: ['read'] },
      'reseau-moderateur': { [INSCRIPTION]: ['read'] },
      'reseau-technicien': { [INSCRIPTION]: ['read'] },
    },
  },
  {
    id: 'registrations-admin',
    grants: {
      'reseau-animateur': { [INSCRIPTION]: ['update'] },
      'reseau-moderateur': { [INSCRIPTION]: ['update'] },
      'reseau-technicien': { [INSCRIPTION]: ['update'] },
    },
  },
  {
    id: 'parcours',
    grants: {
      'reseau-animateur': { [PARCOURS]: ['read'] },
      'reseau-moderateur': { [PARCOURS]: ['create', 'read', 'update', 'delete', 'publish'] },
      'reseau-technicien': { [PARCOURS]: ['read'] },
    },
  },
  {
    id: 'search-synonyms',
    grants: {
      'reseau-animateur': { [SYNONYME]: ['create', 'read', 'update'] },
      'reseau-moderateur': { [SYNONYME]: ['create', 'read', 'update', 'delete'] },
      'reseau-technicien': { [SYNONYME]: ['create', 'read', 'update'] },
    },
  },
];
