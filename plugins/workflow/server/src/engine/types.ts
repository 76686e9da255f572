import type { ConflictError } from '@reseau-epn/platform/strapi';
import type { Core, UID } from '@strapi/strapi';
import type { z } from 'zod';
import type { RoleKey } from '../../../shared/roles';

/**
 * The caller's Content Manager rights: the CASL ability Strapi's admin permission engine builds
 * (conditions such as `admin::is-creator` and locales included). Opaque here; Strapi's own
 * permission checker reads it.
 */
export interface UserAbility {
  can(action: string, subject?: unknown, field?: string): boolean;
}

/** Who fires a transition: their roles, and the admin user id that owns entries they created. */
export interface Actor {
  kind: 'admin' | 'api';
  id: number;
  name: string;
  email?: string;
  roles: RoleKey[];
  /** The admin-panel user behind the actor, for ownership ("their own drafts"). */
  adminUserId: number | null;
  /** What the actor may read and update, document by document, as in the Content Manager; null: nothing. */
  ability: UserAbility | null;
}

/** What a guard sees: the entry as stored, the actor, and the comment given. */
export interface GuardInput<Doc> {
  doc: Doc;
  actor: Actor;
  comment?: string;
}

/** What a side effect sees; it runs inside the transition's database transaction. */
export interface EffectInput<Doc> extends GuardInput<Doc> {
  strapi: Core.Strapi;
  documentId: string;
  /** Queue an email, sent once the transition is committed. */
  notify: (message: { to: string | null | undefined; subject: string; text: string }) => void;
}

/** Fields a transition sets from the request's `data` (new dates, another item…). */
export interface Payload {
  /** The entry's fields it may set: what its state otherwise freezes. */
  fields: readonly string[];
  /** Validates `data`; a failure is a 400 naming the field. */
  schema: z.ZodType<Record<string, unknown>>;
}

export interface Transition<Doc> {
  name: string;
  /** French label, shown on the admin button. */
  label: string;
  from: readonly string[];
  to: string;
  roles: readonly RoleKey[];
  /** Roles that may fire it only on entries they own (the author, the requester). */
  ownerRoles?: readonly RoleKey[];
  /** Returns why the transition cannot happen now, or null. */
  guard?: (input: GuardInput<Doc>) => string | null;
  /**
   * The Content Manager action that fires this transition by itself (its own Publish and
   * Unpublish buttons): the action's write runs as the transition's first effect. Such a
   * transition is neither offered nor fired through the workflow's routes.
   */
  trigger?: DocumentAction;
  /**
   * Written to the entry before the machine's `conflicts` are checked, in the same transaction:
   * the changes a decision is about (a loan's new dates), so they are checked under the same lock.
   */
  payload?: Payload;
  /** Database side effects, in the same transaction as the state change and its history. */
  effects?: readonly ((input: EffectInput<Doc>) => Promise<void>)[];
}

/**
 * What a state freezes against direct writes (Content Manager, REST, any HTTP write outside a
 * transition): the decision taken to reach it was about these fields.
 */
export interface Freeze {
  /** Fields that keep their value: a write changing one is refused (400 naming it and the state). */
  fields?: readonly string[];
  /** Repeatable fields whose entries may be added, never changed, reordered or removed. */
  appendOnly?: readonly string[];
  /** Only these roles still edit the entry at all; anyone else is refused (403). */
  editableBy?: readonly RoleKey[];
}

/** Document Service actions that may be transitions of their own (see `Transition.trigger`). */
export type DocumentAction = 'publish' | 'unpublish';

/** An entry of another type, by documentId: what a transition locks. */
export interface EntryRef {
  uid: UID.ContentType;
  documentId: string;
}

/** What a machine's cross-entry rules see: the effect input and the transition about to fire. */
export interface ConflictInput<Doc> extends EffectInput<Doc> {
  transition: Transition<Doc>;
}

export interface Machine<Doc = Record<string, unknown>> {
  uid: UID.ContentType;
  /** The attribute holding the state. */
  field: string;
  initial: string;
  /** French labels of the states. */
  states: Record<string, string>;
  transitions: readonly Transition<Doc>[];
  /** Who owns an entry, as an admin user id (for `ownerRoles`). */
  ownerOf?: (doc: Doc) => number | null;
  /** Relations to load with the entry for guards and effects. */
  populate?: readonly string[];
  /** By state: what it freezes (see `Freeze`); a state not listed freezes nothing. */
  freezes?: Readonly<Record<string, Freeze>>;
  /**
   * Other entries a transition holds (a loan's item): their rows are locked (PostgreSQL) once
   * the payload is written and before `conflicts` runs, so concurrent transitions see each other.
   */
  locks?: (input: { doc: Doc; transition: Transition<Doc> }) => readonly EntryRef[];
  /**
   * Rules across entries, checked under those locks inside the transaction: the conflict
   * another entry makes with this transition (answered 409), or null. Loan overlaps live here.
   */
  conflicts?: (input: ConflictInput<Doc>) => Promise<ConflictError | null>;
}
