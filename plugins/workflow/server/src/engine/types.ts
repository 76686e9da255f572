import type { Core } from '@strapi/strapi';
import type { RoleKey } from '../../../shared/roles';

/** Who fires a transition: their roles, and the admin user id that owns entries they created. */
export interface Actor {
  kind: 'admin' | 'api';
  id: number;
  name: string;
  email?: string;
  roles: RoleKey[];
  /** The admin-panel user behind the actor, for ownership ("their own drafts"). */
  adminUserId: number | null;
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
   * Checked after the entry is locked, inside the transaction: returns why another entry
   * forbids this one (answered with 409), or null. For rules across entries, like loan overlaps.
   */
  conflict?: (input: EffectInput<Doc>) => Promise<string | null>;
  /** Database side effects, in the same transaction as the state change and its history. */
  effects?: readonly ((input: EffectInput<Doc>) => Promise<void>)[];
}

export interface Machine<Doc = Record<string, unknown>> {
  uid: string;
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
}
