import type { Core } from '@strapi/strapi';
import { contentTypes, errors } from '@strapi/utils';
import type { HistoryEntry, WorkflowState } from '../../../shared/contracts';
import { decide, availableTransitions } from '../engine/engine';
import type { Actor, Machine, Transition } from '../engine/types';
import { MACHINES } from '../machines';
import { documentPermissions } from '../utils/document-permissions';
import { getService } from '../utils/get-service';
import { runInTransition } from '../utils/transition-scope';
import type { Notice } from './notifications';
import { UIDS } from '@reseau-epn/platform';

/** What a caller sends with a transition: a comment, and the new values the transition sets (its payload). */
export interface FireInput {
  comment?: string;
  data?: Record<string, unknown>;
}

const HISTORY = UIDS.workflowTransition;

/** 409: another entry forbids this transition (a loan overlapping on the same item). */
export class TransitionConflictError extends Error {
  override name = 'ConflictError';
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function machineFor(uid: string): Machine<any> {
  const machine = MACHINES[uid];
  if (!machine) throw new errors.NotFoundError(`Aucun circuit de validation pour « ${uid} ». Circuits : ${Object.keys(MACHINES).join(', ')}.`);
  return machine;
}

/** The transition's payload, validated; a 400 naming `data.<field>` when it is wrong or not expected. */
function payloadOf(transition: Pick<Transition<unknown>, 'label' | 'payload'>, data: Record<string, unknown> | undefined): Record<string, unknown> | null {
  if (!transition.payload) {
    if (data === undefined) return null;
    const message = `« ${transition.label} » ne prend pas de données : retirez « data ».`;
    throw new errors.ValidationError(message, { errors: [{ path: ['data'], message, name: 'ValidationError' }] });
  }
  const result = transition.payload.schema.safeParse(data ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: ['data', ...i.path.map(String)], message: i.message, name: 'ValidationError' }));
  throw new errors.ValidationError(issues.map((i) => `${i.path.join('.')} : ${i.message}`).join('; '), { errors: issues });
}

export const workflow = ({ strapi }: { strapi: Core.Strapi }) => {
  const table = (uid: string) => strapi.db.metadata.get(uid).tableName;

  /** Row locks serialize transitions on one entry (and loans on one item) on PostgreSQL; SQLite has one writer anyway. */
  async function lock(trx: unknown, uid: string, documentId: string): Promise<void> {
    if (strapi.db.dialect.client === 'sqlite') return;
    await strapi.db.connection(table(uid)).transacting(trx as never).where('document_id', documentId).forUpdate().select('id');
  }

  /** The entry as its editors see it: the draft version where draft and publish applies. */
  async function load(machine: Machine<any>, documentId: string) {
    const withDraft = contentTypes.hasDraftAndPublish(strapi.contentType(machine.uid as never));
    const doc = await strapi.documents(machine.uid as never).findOne({
      documentId,
      populate: [...(machine.populate ?? [])],
      ...(withDraft ? { status: 'draft' } : {}),
    } as never);
    if (!doc) throw new errors.NotFoundError(`Aucune entrée ${documentId} dans ${machine.uid}.`);
    return doc as Record<string, any>;
  }

  async function history(uid: string, documentId: string): Promise<HistoryEntry[]> {
    const rows = await strapi.db.query(HISTORY).findMany({
      where: { targetUid: uid, targetDocumentId: documentId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((r: any) => ({
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
    await documentPermissions(strapi, actor.ability, uid).assert('read', documentId);
    const doc = await load(machine, documentId);
    const state = String(doc[machine.field] ?? machine.initial);
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
   * Fires a transition: all of it (payload, state, side effects, history) or nothing. The caller
   * must be allowed to update the entry in the Content Manager (its conditions included), then
   * the engine decides by role. Emails go out once the transaction is committed.
   */
  async function fire(uid: string, documentId: string, name: string, actor: Actor, { comment, data }: FireInput = {}): Promise<WorkflowState> {
    const machine = machineFor(uid);
    const permissions = documentPermissions(strapi, actor.ability, uid);
    const outbox: Notice[] = [];
    let queued: number[] = [];

    await strapi.db.transaction(({ trx }) =>
      runInTransition(async () => {
        await lock(trx, uid, documentId);
        // Read first: a caller who may not see the entry learns nothing of its state.
        await permissions.assert('read', documentId);
        await permissions.assert('update', documentId);
        let doc = await load(machine, documentId);
        const decision = decide(machine, doc, name, actor, comment);
        if (!decision.ok) {
          const details = { allowed: decision.allowed, state: doc[machine.field] ?? machine.initial };
          // PolicyError: a 403 whose message reaches the caller (Strapi masks other ForbiddenErrors).
          if (decision.kind === 'forbidden') throw new errors.PolicyError(decision.message, details);
          throw new errors.ValidationError(decision.message, details);
        }
        const { transition } = decision;
        const changes = payloadOf(transition, data);
        if (changes) {
          // The new values are written first, so the conflict check below sees the entry as it will be.
          // `as never`: `uid` is a runtime string (the plugin's config or a machine); the app's generated
          // content-type types are not visible inside a plugin (issue 11), so Strapi's typed APIs take it untyped.
          await strapi.documents(uid as never).update({ documentId, data: changes } as never);
          doc = await load(machine, documentId);
        }
        const input = {
          strapi,
          doc,
          actor,
          comment,
          documentId,
          notify: ({ to, subject, text }: { to: string | null | undefined; subject: string; text: string }) => {
            if (to) outbox.push({ to, subject, text });
          },
        };
        if (transition.conflict) {
          if (doc.equipment?.documentId) await lock(trx, UIDS.equipement, doc.equipment.documentId);
          const conflict = await transition.conflict(input);
          if (conflict) throw new TransitionConflictError(conflict, { allowed: availableTransitions(machine, doc, actor).map((t) => t.name) });
        }
        const from = String(doc[machine.field] ?? machine.initial);
        // Every version (draft and published, every locale) carries the same state.
        await strapi.db.query(uid).updateMany({ where: { documentId }, data: { [machine.field]: transition.to } });
        for (const effect of transition.effects ?? []) await effect(input);
        await strapi.db.query(HISTORY).create({
          data: {
            targetUid: uid,
            targetDocumentId: documentId,
            transition: transition.name,
            from,
            to: transition.to,
            comment: comment?.trim() || null,
            actorKind: actor.kind,
            actorId: actor.id,
            actorName: actor.name,
          },
        });
        // Queued in the same transaction: a rolled-back transition mails nobody, a committed one loses no mail.
        queued = await getService(strapi, 'notifications').queue(outbox, `${uid} ${documentId} : ${transition.name}`);
      }),
    );

    getService(strapi, 'notifications').deliverInBackground(queued);
    return describe(uid, documentId, actor);
  }

  /** Records a state change made outside the engine (the admin's own Publish button). */
  async function record(uid: string, documentId: string, entry: { transition: string; from: string; to: string; actor: Actor }) {
    await strapi.db.query(HISTORY).create({
      data: {
        targetUid: uid,
        targetDocumentId: documentId,
        transition: entry.transition,
        from: entry.from,
        to: entry.to,
        comment: null,
        actorKind: entry.actor.kind,
        actorId: entry.actor.id,
        actorName: entry.actor.name,
      },
    });
  }

  return { describe, fire, history, record, load };
};

export type WorkflowService = ReturnType<typeof workflow>;
