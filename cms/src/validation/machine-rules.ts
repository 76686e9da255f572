import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '@reseau-epn/platform';
import { SYSTEMS } from './vocabularies';

const WRITE_ACTIONS = new Set(['create', 'update', 'clone']);

/** One end of a manyToOne relation as the Document Service accepts it, or null when it is emptied. */
type RelationEnd = { documentId: string } | { id: number } | null;

/**
 * Reads what a write sets a manyToOne relation to, in every shape the Document Service takes
 * (a documentId, an id, `{ documentId }`, `[x]`, `{ connect: [x] }`, `{ set: [x] }`, null).
 * `undefined`: the write leaves the relation as it is (absent, or the Content Manager's
 * `{ connect: [], disconnect: [] }`).
 */
export function relationEnd(value: unknown): RelationEnd | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value === 'string') return { documentId: value };
  if (typeof value === 'number') return { id: value };
  if (Array.isArray(value)) return value.length === 0 ? null : relationEnd(value[value.length - 1]);
  if (typeof value !== 'object') return undefined;
  const object = value as Record<string, unknown>;
  if (typeof object.documentId === 'string') return { documentId: object.documentId };
  if (typeof object.id === 'number') return { id: object.id };
  if (Array.isArray(object.set)) return relationEnd(object.set);
  if (Array.isArray(object.connect) && object.connect.length > 0) return relationEnd(object.connect);
  if (Array.isArray(object.disconnect) && object.disconnect.length > 0) return null;
  return undefined;
}

function refused(field: string, message: string): never {
  throw new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError', value: null }] });
}

/** The documentId of the space an intervention would name, or null. */
async function spaceDocumentId(strapi: Core.Strapi, end: RelationEnd): Promise<string | null> {
  if (!end) return null;
  if ('documentId' in end) return end.documentId;
  const space = await strapi.db.query(UIDS.espace).findOne({ where: { id: end.id }, select: ['documentId'] });
  return space?.documentId ?? null;
}

/** The machine an intervention would name, with the documentId of its space. */
async function machineSpace(strapi: Core.Strapi, end: Exclude<RelationEnd, null>): Promise<string | null> {
  const machine = await strapi.db.query(UIDS.machine).findOne({ where: end, populate: { espace: { select: ['documentId'] } } });
  return (machine?.espace as { documentId?: string } | null | undefined)?.documentId ?? null;
}

/**
 * An intervention about a machine is about a machine of its own space: a technician sent to
 * the médiathèque of Lannilis must not be pointed at a computer of Crozon. Checked on the
 * result of the write (a space changed without the machine, or the other way round).
 */
async function checkInterventionMachine(strapi: Core.Strapi, data: Record<string, unknown>, documentId: string | undefined): Promise<void> {
  let machine = relationEnd(data.machine);
  let space = relationEnd(data.space);
  if (machine === undefined && space === undefined) return;
  if (documentId && (machine === undefined || space === undefined)) {
    const stored = await strapi.db.query(UIDS.intervention).findOne({
      where: { documentId },
      populate: { machine: { select: ['id'] }, space: { select: ['id'] } },
    });
    const idOf = (related: unknown) => ((related as { id?: number } | null)?.id ? { id: (related as { id: number }).id } : null);
    machine ??= idOf(stored?.machine);
    space ??= idOf(stored?.space);
  }
  if (!machine) return;
  const [ofMachine, ofIntervention] = await Promise.all([machineSpace(strapi, machine), spaceDocumentId(strapi, space ?? null)]);
  if (!ofMachine || ofMachine !== ofIntervention) {
    refused('machine', 'machine must be one of the machines of the intervention’s space');
  }
}

/** A machine's system is one of the vocabulary's names, as its space's list is (the version goes in `osVersion`). */
function checkMachineSystem(data: Record<string, unknown>): void {
  const os = data.operatingSystem;
  if (os === undefined || os === null || os === '') return;
  if (typeof os !== 'string' || !(SYSTEMS as readonly string[]).includes(os)) {
    refused('operatingSystem', `operatingSystem must be one of ${SYSTEMS.join(', ')} (the version goes in osVersion)`);
  }
}

/** The inventory's rules on every write through the Document Service, before anything is written. */
export function registerMachineRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    if (!WRITE_ACTIONS.has(ctx.action)) return next();
    const params = ctx.params as { data?: Record<string, unknown>; documentId?: string };
    if (ctx.uid === UIDS.machine) checkMachineSystem(params.data ?? {});
    if (ctx.uid === UIDS.intervention) await checkInterventionMachine(strapi, params.data ?? {}, params.documentId);
    return next();
  });
}
