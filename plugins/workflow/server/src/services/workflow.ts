import { UIDS } from '@reseau-epn/platform';
import { ConflictError } from '@reseau-epn/platform/strapi';
import type { Core, Modules, UID } from '@strapi/strapi';
import { contentTypes, errors } from '@strapi/utils';
import type { HistoryEntry, WorkflowState } from '../../../shared/contracts';
import { availableTransitions, decide, triggeredBy, type Decision } from '../engine/engine';
import type { Actor, DocumentAction, EffectInput, Machine } from '../engine/types';
import { MACHINES, type AnyMachine, type Entry } from '../machines';
import { documentPermissions } from '../utils/document-permissions';
import { getService } from '../utils/get-service';
import { lockEntry } from '../utils/row-locks';
import { runInTransition } from '../utils/transition-scope';
import type { Notice } from './notifications';
import { payloadOf } from './transition-payload';

/** What a caller sends with a transition: a comment, and the new values the transition sets (its payload). */
export interface FireInput {
  comment?: string;
  data?: Record<string, unknown>;
}

/** One run of the transition path: which transition (from the entry as stored), with what, around which write. */
interface Step<T> {
  choose: (doc: Entry) => Decision<Entry> | null;
  input: FireInput;
  /** A Content Manager action's own write (Publish), run as the transition's first effect; nothing for a route. */
  write: () => Promise<T>;
  /** The Content Manager has already checked the caller's right to this action on this entry. */
  rightsChecked?: boolean;
}

const HISTORY = UIDS.workflowTransition;

/**
 * The machine a route's `uid` names. Own keys only: `__proto__`, `constructor` or `toString`
 * would otherwise find what every object inherits, and the transition run on it fail with a 500.
 */
export function machineFor(uid: string): AnyMachine {
  if (!Object.hasOwn(MACHINES, uid)) {
    const message = `uid : aucun circuit de validation pour « ${uid} ». Circuits : ${Object.keys(MACHINES).join(', ')}.`;
    throw new errors.NotFoundError(message, { param: 'uid' });
  }
  return MACHINES[uid];
}

const stateOf = (machine: Machine<Entry>, doc: Entry) => String(doc[machine.field] ?? machine.initial);

export const workflow = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The entry as its editors see it: the draft version where draft and publish applies. */
  async function load(machine: AnyMachine, documentId: string): Promise<Entry> {
    const withDraft = contentTypes.hasDraftAndPublish(strapi.contentType(machine.uid));
    // A machine names its own relations; through the registry's runtime uid, Strapi's types only
    // know the attributes every content type shares, hence the cast.
    const populate = [...(machine.populate ?? [])] as Modules.Documents.Params.Populate.ArrayNotation<UID.ContentType>;
    const doc = await strapi.documents(machine.uid).findOne({ documentId, populate, ...(withDraft ? { status: 'draft' } : {}) });
    if (!doc) throw new errors.NotFoundError(`Aucune entrée ${documentId} dans ${machine.uid}.`);
    return doc;
  }

  async function history(uid: string, documentId: string): Promise<HistoryEntry[]> {
    const rows: HistoryEntry[] = await strapi.db.query(HISTORY).findMany({
      where: { targetUid: uid, targetDocumentId: documentId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((r) => ({
      id: r.id,
      transition: r.transition,
      from: r.from,
      to: r.to,
      comment: r.comment ?? null,
      actorName: r.actorName,
      createdAt: new Date(r.createdAt).toISOString(),
    }));
  }

  /** The state panel: only for a caller who may read the entry in the Content Manager. */
  async function describe(uid: string, documentId: string, actor: Actor): Promise<WorkflowState> {
    const machine = machineFor(uid);
    await documentPermissions(strapi, actor.ability, machine.uid).assert('read', documentId);
    const doc = await load(machine, documentId);
    const state = stateOf(machine, doc);
    return {
      uid,
      documentId,
      state,
      stateLabel: machine.states[state] ?? state,
      transitions: availableTransitions(machine, doc, actor).map((t) => ({
        name: t.name,
        label: t.label,
        to: t.to,
        ...(t.payload ? { fields: [...t.payload.fields] } : {}),
      })),
      history: await history(uid, documentId),
    };
  }

  /**
   * The one door to a machine's state field: all of a transition (payload, locks and conflicts,
   * state, the action's own write, side effects, history, mail queue) or nothing. The caller
   * must be allowed to update the entry in the Content Manager (its conditions included); then
   * the engine decides by role. Emails go out once the outermost transaction is committed.
   */
  async function transact<T>(machine: AnyMachine, documentId: string, actor: Actor, { choose, input, write, rightsChecked }: Step<T>): Promise<T> {
    const permissions = documentPermissions(strapi, actor.ability, machine.uid);
    return strapi.db.transaction(({ onCommit }: { onCommit: (callback: () => void) => void }) =>
      runInTransition(async () => {
        await lockEntry(strapi, machine.uid, documentId);
        if (!rightsChecked) {
          // Read first: a caller who may not see the entry learns nothing of its state.
          await permissions.assert('read', documentId);
          await permissions.assert('update', documentId);
        }
        let doc = await load(machine, documentId);
        const decision = choose(doc);
        // No transition for this action from this state (Publish on a published fiche): the write alone.
        if (!decision) return write();
        if (!decision.ok) {
          const details = { allowed: decision.allowed, state: stateOf(machine, doc) };
          // PolicyError: a 403 whose message reaches the caller (Strapi masks other ForbiddenErrors).
          if (decision.kind === 'forbidden') throw new errors.PolicyError(decision.message, details);
          throw new errors.ValidationError(decision.message, details);
        }
        const { transition } = decision;
        const changes = payloadOf(transition, input.data);
        if (changes) {
          // The new values are written first, so the conflict check below sees the entry as it will be.
          await strapi.documents(machine.uid).update({ documentId, data: changes });
          doc = await load(machine, documentId);
        }
        const outbox: Notice[] = [];
        const effectInput: EffectInput<Entry> = {
          strapi,
          doc,
          actor,
          comment: input.comment,
          documentId,
          notify: ({ to, subject, text }) => void (to && outbox.push({ to, subject, text })),
        };
        for (const entry of machine.locks?.({ doc, transition }) ?? []) await lockEntry(strapi, entry.uid, entry.documentId);
        const conflict = await machine.conflicts?.({ ...effectInput, transition });
        if (conflict) throw new ConflictError(conflict.message, { ...conflict.details, allowed: availableTransitions(machine, doc, actor).map((t) => t.name) });

        const from = stateOf(machine, doc);
        // Every version (draft and published, every locale) carries the same state.
        await strapi.db.query(machine.uid).updateMany({ where: { documentId }, data: { [machine.field]: transition.to } });
        const written = await write();
        for (const effect of transition.effects ?? []) await effect(effectInput);
        await strapi.db.query(HISTORY).create({
          data: {
            targetUid: machine.uid,
            targetDocumentId: documentId,
            transition: transition.name,
            from,
            to: transition.to,
            comment: input.comment?.trim() || null,
            actorKind: actor.kind,
            actorId: actor.id,
            actorName: actor.name,
          },
        });
        // Queued in the same transaction: a rolled-back transition mails nobody, a committed one loses no mail.
        const notifications = getService(strapi, 'notifications');
        const queued = await notifications.queue(outbox, `${machine.uid} ${documentId} : ${transition.name}`);
        onCommit(() => notifications.deliverInBackground(queued));
        return written;
      }),
    );
  }

  return {
    describe,
    history,
    load,

    /** Fires a transition named by a caller of the workflow's routes. */
    async fire(uid: string, documentId: string, name: string, actor: Actor, input: FireInput = {}): Promise<WorkflowState> {
      const machine = machineFor(uid);
      await transact(machine, documentId, actor, {
        choose: (doc) => decide(machine, doc, name, actor, input.comment),
        input,
        write: async () => undefined,
      });
      return describe(uid, documentId, actor);
    },

    /**
     * A Content Manager action that is a transition of its own (the Publish and Unpublish
     * buttons of a fiche): fires the transition the action triggers from the entry's state, with
     * the action's write as its first effect, and returns what the write returned.
     */
    async fireOnAction<T>(uid: string, documentId: string, action: DocumentAction, actor: Actor, write: () => Promise<T>): Promise<T> {
      const machine = machineFor(uid);
      const choose = (doc: Entry) => {
        const transition = triggeredBy(machine, doc, action);
        return transition ? decide(machine, doc, transition.name, actor, undefined, action) : null;
      };
      return transact(machine, documentId, actor, { choose, input: {}, write, rightsChecked: true });
    },
  };
};

export type WorkflowService = ReturnType<typeof workflow>;
