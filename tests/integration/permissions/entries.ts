import { randomBytes } from 'node:crypto';
import type { UID } from '@strapi/strapi';
import { addDays, parisToday, UIDS } from '@reseau-epn/platform';
import type { TestCms } from '../../helpers/cms';
import { REGISTRATION_SERVICE, type RegistrationService } from '../../../cms/src/api/inscription/services/registration';
import { sampleData } from '../../helpers/fixtures';

/**
 * The entries the permission cells act on, each made fresh for one request, and removed at the
 * end. The caller's own entry is created by them and belongs to a space of their team (the
 * matrix's `own` and `team` scopes); another's is created by nobody of the test and belongs to a
 * space without a team.
 */
/** The relation that places an entry of each type in a space (and so in a team's reach). */
const TEAM_PATHS: Readonly<Record<string, string>> = {
  [UIDS.atelier]: 'place',
  [UIDS.formation]: 'place',
  [UIDS.machine]: 'espace',
  [UIDS.pret]: 'borrowingSpace',
  [UIDS.intervention]: 'space',
};

/** Removed first: registrations hold their event, machines and requests hold their space. */
const REMOVAL_ORDER = [UIDS.inscription, UIDS.message, UIDS.sujet, UIDS.machine, UIDS.pret, UIDS.intervention, UIDS.atelier, UIDS.formation];

const unique = () => randomBytes(5).toString('hex');
/** A reference of the schemas' pattern in a year nobody uses, so the public forms' numbering is left alone. */
const reference = (stem: 'INT' | 'PRET') => `${stem}-2099-${100_000_000 + (randomBytes(4).readUInt32BE() % 900_000_000)}`;

/** An inventory number of the schema's pattern (`ABCDE-12345`), random enough never to meet another's. */
const inventoryNumber = () => {
  const bytes = randomBytes(5);
  const letters = [...bytes].map((byte) => String.fromCharCode(65 + (byte % 26))).join('');
  return `${letters}-${String(bytes.readUInt32BE(0) % 100_000).padStart(5, '0')}`;
};

/** Valid data for a new entry of `uid`, attached to `space` where the type has a space. */
export function entryData(uid: string, space: string | null): Record<string, unknown> {
  const id = unique();
  const inDays = (days: number) => addDays(parisToday(), days);
  // Built on demand: the fixtures' samples cover only some types, and throw for the others.
  const own: Record<string, () => Record<string, unknown>> = {
    [UIDS.machine]: () => ({ label: `Poste ${id}`, kind: 'poste_fixe', state: 'en_service', publicUse: true }),
    [UIDS.synonyme]: () => ({ words: `matrice${id}, ordi, PC` }),
    [UIDS.parcours]: () => ({ title: `Parcours ${id}`, slug: `parcours-${id}` }),
    [UIDS.inscription]: () => ({ name: 'Inscrite Matrice', email: `inscrite.${id}@secret.example`, places: 1, state: 'confirmee', language: 'fr' }),
    [UIDS.pret]: () => ({ ...sampleData(uid), reference: reference('PRET'), startDate: inDays(7), endDate: inDays(9) }),
    [UIDS.intervention]: () => ({ ...sampleData(uid), reference: reference('INT') }),
    [UIDS.equipement]: () => ({ ...sampleData(uid), inventoryNumber: inventoryNumber() }),
    [UIDS.abonne]: () => ({ ...sampleData(uid), email: `abonne.${id}@secret.example` }),
  };
  const data = own[uid]?.() ?? sampleData(uid);
  const path = TEAM_PATHS[uid];
  return path && space ? { ...data, [path]: { documentId: space, locale: 'fr' } } : data;
}

/** The same data as the Content Manager's form sends it: relations as `connect`. */
export function formData(uid: string, space: string | null): Record<string, unknown> {
  const data = entryData(uid, null);
  const path = TEAM_PATHS[uid];
  return path && space ? { ...data, [path]: { connect: [{ documentId: space, locale: 'fr' }], disconnect: [] } } : data;
}

export interface Placement {
  /** The space the entry belongs to, where its type has one. */
  space: string;
  /** The admin user whose entry it is (creator, and member of the team of a space made for it). */
  creator?: number | null;
  status?: 'draft' | 'published';
}

export function entryMaker(cms: TestCms) {
  const made = new Map<string, Set<string>>();
  const eventsBySpace = new Map<string, Promise<string>>();
  const track = (uid: string, documentId: string) => {
    if (!made.has(uid)) made.set(uid, new Set());
    made.get(uid)!.add(documentId);
  };
  const localized = (uid: string) =>
    (cms.strapi.contentType(uid as UID.ContentType).pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true;
  const draftAndPublish = (uid: string) => cms.strapi.contentType(uid as UID.ContentType).options?.draftAndPublish === true;

  async function create(uid: string, data: Record<string, unknown>, status: 'draft' | 'published'): Promise<string> {
    // The Document Service types `data` by a literal uid; the cells hold any uid of the CMS.
    const documents = cms.strapi.documents(uid as UID.ContentType) as unknown as {
      create(params: Record<string, unknown>): Promise<{ documentId: string }>;
    };
    const created = await documents.create({
      data,
      ...(localized(uid) ? { locale: 'fr' } : {}),
      ...(draftAndPublish(uid) ? { status } : {}),
    });
    track(uid, created.documentId);
    return created.documentId;
  }

  /** A space, published, whose team holds `member` (none when null). */
  async function space(member: number | null): Promise<string> {
    const team = member === null ? [] : [{ member, notifyFiches: false }];
    return create(UIDS.espace, { ...entryData(UIDS.espace, null), team }, 'published');
  }

  /** A published atelier held in `inSpace`, which registrations are for. */
  function eventIn(inSpace: string): Promise<string> {
    if (!eventsBySpace.has(inSpace)) eventsBySpace.set(inSpace, create(UIDS.atelier, entryData(UIDS.atelier, inSpace), 'published'));
    return eventsBySpace.get(inSpace)!;
  }

  /**
   * A registration entered by the team through the registrations' service, as the event's
   * « Inscriptions » panel enters one: the Content Manager's guard keeps creating them to it
   * (cms/src/registrations/guard.ts). No address, so no mail.
   */
  async function registration(inSpace: string): Promise<string> {
    const registrations = cms.strapi.service(REGISTRATION_SERVICE) as unknown as RegistrationService;
    const entered = await registrations.enter(
      'atelier',
      await eventIn(inSpace),
      { name: 'Inscrite Matrice', places: 1, accessibilityNeed: undefined, language: 'fr' },
      'tests',
    );
    if (!entered.registration) throw new Error(`registration refused: ${JSON.stringify(entered.issues)}`);
    track(UIDS.inscription, entered.registration.documentId);
    return entered.registration.documentId;
  }

  return {
    space,
    track,

    /**
     * A fresh entry of `uid` (a draft where the type has drafts, unless `status` says otherwise)
     * held in `space`. With a `creator`, it is theirs: created by them, and a space's team holds them.
     */
    async entry(uid: string, { space: inSpace, creator = null, status = 'draft' }: Placement): Promise<string> {
      let documentId: string;
      if (uid === UIDS.inscription) documentId = await registration(inSpace);
      else if (uid === UIDS.espace) documentId = await space(creator);
      else documentId = await create(uid, entryData(uid, inSpace), status);
      // Entries made in the admin panel carry their creator; the Document Service alone sets none.
      if (creator !== null) await cms.strapi.db.query(uid).updateMany({ where: { documentId }, data: { createdBy: creator } });
      return documentId;
    },

    /** Removes every entry made here or tracked, with the history the CMS kept of them. */
    async removeAll(): Promise<void> {
      const first: readonly string[] = REMOVAL_ORDER;
      // Spaces last: the other types point at them.
      const rest = [...made.keys()].filter((uid) => !first.includes(uid)).sort((a, b) => Number(a === UIDS.espace) - Number(b === UIDS.espace));
      const uids = [...first.filter((uid) => made.has(uid)), ...rest];
      const all = [...made.values()].flatMap((ids) => [...ids]);
      for (const uid of uids) {
        const ids = [...made.get(uid)!];
        if (uid === UIDS.inscription) {
          // Around the guard, as they were made; one by one, since `deleteMany` leaves their event's link behind.
          for (const documentId of ids) await cms.strapi.db.query(uid).delete({ where: { documentId } });
          continue;
        }
        const documents = cms.strapi.documents(uid as UID.ContentType) as unknown as { delete(params: Record<string, unknown>): Promise<unknown> };
        for (const documentId of ids) await documents.delete({ documentId, ...(localized(uid) ? { locale: '*' } : {}) });
      }
      await cms.strapi.db.query(UIDS.revision).deleteMany({ where: { targetDocumentId: { $in: all } } });
      await cms.strapi.db.query(UIDS.workflowTransition).deleteMany({ where: { targetDocumentId: { $in: all } } });
      made.clear();
      eventsBySpace.clear();
    },
  };
}

export type EntryMaker = ReturnType<typeof entryMaker>;
