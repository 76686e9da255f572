import type { Core } from '@strapi/strapi';
import { siteUrls, UIDS, type Locale } from '@reseau-epn/platform';
import type { FormInput } from '../../../public-requests/form-input';
import { sendNotices, technicianAddresses } from '../../../public-requests/notify';
import { withFreshReference } from '../../../public-requests/references';
import { apiUrl, siteUrl } from '../../../public-requests/settings';
import { STRINGS } from '../../../public-requests/strings';

export interface LoanRequest {
  locale: Locale;
  equipment: string;
  space?: string;
  name: string;
  email: string;
  phone?: string;
  startDate: string;
  endDate: string;
  /** `atelier:<documentId>` or `formation:<documentId>` (one select on the form). */
  event?: { kind: 'atelier' | 'formation'; documentId: string };
  notes?: string;
}

interface LoanOverlapService {
  find(loan: { startDate: string; endDate: string; equipmentDocumentId: string }): Promise<{ reference: string; startDate: string; endDate: string } | null>;
}

/** The form's fields, every problem named at once. */
export function readLoanRequest(input: FormInput): LoanRequest | null {
  const event = input.reference('event', { required: false });
  const [kind, eventId] = event?.split(':') ?? [];
  if (event && (!(kind === 'atelier' || kind === 'formation') || !eventId)) input.refuse('event', 'atelier ou formation du calendrier attendu');
  const request = {
    locale: input.locale,
    equipment: input.reference('equipment', { required: true }),
    space: input.reference('space', { required: false }),
    name: input.text('name', { required: true, max: 120 }),
    email: input.email('email'),
    phone: input.phone('phone'),
    startDate: input.date('startDate'),
    endDate: input.date('endDate'),
    event: event && eventId ? { kind: kind as 'atelier' | 'formation', documentId: eventId } : undefined,
    notes: input.text('notes', { max: 2000 }),
  };
  if (request.startDate && request.endDate && request.endDate < request.startDate) input.refuse('endDate', 'la fin du prêt précède son début');
  return input.issues.length > 0 ? null : (request as LoanRequest);
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** What the request names, looked up: an unknown one is a field error, not a 500. */
  async resolve(request: LoanRequest, input: FormInput) {
    const equipment = await strapi.db
      .query(UIDS.equipement)
      .findOne({ where: { documentId: request.equipment, condition: { $ne: 'hors_service' } }, select: ['documentId', 'name'] });
    if (!equipment) input.refuse('equipment', 'matériel inconnu : choisissez-le dans le catalogue');
    const space = request.space
      ? await strapi.documents(UIDS.espace).findOne({ documentId: request.space, locale: 'fr', status: 'published', fields: ['name'] })
      : null;
    if (request.space && !space) input.refuse('space', 'espace inconnu : choisissez un espace de la liste');
    const uid = request.event?.kind === 'formation' ? UIDS.formation : UIDS.atelier;
    const event = request.event
      ? await strapi.documents(uid).findOne({ documentId: request.event.documentId, locale: 'fr', status: 'published', fields: ['title'] })
      : null;
    if (request.event && !event) input.refuse('event', 'atelier ou formation inconnu');
    return { equipment: equipment as { documentId: string; name: string } | null, space };
  },

  /** An accepted or ongoing loan of the item on overlapping dates (the workflow's own rule). */
  overlapping(request: LoanRequest) {
    const overlap = strapi.plugin('workflow').service('loan-overlap') as LoanOverlapService;
    return overlap.find({ startDate: request.startDate, endDate: request.endDate, equipmentDocumentId: request.equipment });
  },

  /** A loan in state `demande`, its requester private; a receipt to the requester and a notice to the technicians. */
  async create(request: LoanRequest, equipmentName: string, spaceName: string | null): Promise<{ reference: string }> {
    const created = await withFreshReference(strapi, UIDS.pret, async (reference) => {
      const doc = await strapi.documents(UIDS.pret).create({
        data: {
          reference,
          state: 'demande',
          equipment: request.equipment,
          borrowingSpace: request.space,
          startDate: request.startDate,
          endDate: request.endDate,
          notes: request.notes,
          atelier: request.event?.kind === 'atelier' ? request.event.documentId : undefined,
          formation: request.event?.kind === 'formation' ? request.event.documentId : undefined,
          requester: { name: request.name, email: request.email, phone: request.phone, organisation: spaceName ?? undefined },
        },
      });
      return { documentId: doc.documentId, reference };
    });
    const s = STRINGS[request.locale];
    const adminLink = `${apiUrl()}/admin/content-manager/collection-types/${UIDS.pret}/${created.documentId}`;
    const technicians = (await technicianAddresses(strapi)).map((to) => ({
      to,
      subject: `Nouvelle demande de prêt ${created.reference} : ${equipmentName}`,
      text: `Une demande de prêt arrive du site.\n\nMatériel : ${equipmentName}\nDu ${request.startDate} au ${request.endDate}\nEspace : ${spaceName ?? '—'}\n\nLa traiter : ${adminLink}\n`,
    }));
    await sendNotices(
      strapi,
      [
        {
          to: request.email,
          subject: s.loanMail.subject(created.reference),
          text: s.loanMail.body(request.name, created.reference, equipmentName, request.startDate, request.endDate),
        },
        ...technicians,
      ],
      `prêt ${created.reference} (site)`,
    );
    return { reference: created.reference };
  },

  confirmationUrl: (locale: Locale) => siteUrls(siteUrl()).loanConfirmation(locale),
  formUrl: (locale: Locale) => siteUrls(siteUrl()).equipment(locale),
});
