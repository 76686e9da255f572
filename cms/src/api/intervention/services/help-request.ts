import type { Core } from '@strapi/strapi';
import { siteUrls, UIDS, type Locale } from '@reseau-epn/platform';
import type { FormInput } from '../../../public-requests/form-input';
import { sendNotices, technicianAddresses } from '../../../public-requests/notify';
import { withFreshReference } from '../../../public-requests/references';
import { apiUrl, siteUrl } from '../../../public-requests/settings';
import { STRINGS } from '../../../public-requests/strings';
import { signRequestToken, verifyRequestToken } from '../../../public-requests/tracking-token';

export const URGENCIES = ['basse', 'normale', 'haute', 'urgente'] as const;

export interface HelpRequest {
  locale: Locale;
  space: string;
  name: string;
  email: string;
  phone?: string;
  description: string;
  machine?: string;
  urgency: (typeof URGENCIES)[number];
}

/** What a tracking link shows: the request's state and its follow-up, nobody's name or address. */
export interface TrackingView {
  reference: string;
  title: string;
  state: string;
  createdAt: string;
  space: string | null;
  log: { date: string; text: string }[];
}

/** The form's fields, every problem named at once. */
export function readHelpRequest(input: FormInput): HelpRequest | null {
  const request = {
    locale: input.locale,
    space: input.reference('space', { required: true }),
    name: input.text('name', { required: true, max: 120 }),
    email: input.email('email'),
    phone: input.phone('phone'),
    description: input.text('description', { required: true, max: 4000 }),
    machine: input.text('machine', { max: 160 }),
    urgency: input.choice('urgency', URGENCIES, 'normale'),
  };
  return input.issues.length > 0 ? null : (request as HelpRequest);
}

export const trackingUrl = (token: string) => `${apiUrl()}/api/interventions/suivi?token=${encodeURIComponent(token)}`;

/** The title technicians read in their lists: the machine, then the start of the description. */
function titleOf(request: HelpRequest): string {
  const firstLine = request.description.split(/\r?\n/)[0]!.trim();
  const title = request.machine ? `${request.machine} : ${firstLine}` : firstLine;
  return title.length > 160 ? `${title.slice(0, 159)}…` : title;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The published space a visitor chose, or null when there is none by that documentId. */
  async findSpace(documentId: string) {
    return strapi.documents(UIDS.espace).findOne({ documentId, locale: 'fr', status: 'published', fields: ['name'] });
  },

  /**
   * A new intervention (state `nouvelle`, the machine's initial state), its requester private; a
   * confirmation with the tracking link to the requester, a notice to each technician.
   */
  async create(request: HelpRequest, spaceName: string): Promise<{ reference: string }> {
    const machine = request.machine ? `\n\nMachine : ${request.machine}` : '';
    const created = await withFreshReference(strapi, UIDS.intervention, async (reference) => {
      const doc = await strapi.documents(UIDS.intervention).create({
        data: {
          reference,
          title: titleOf(request),
          description: `${request.description}${machine}`,
          space: request.space,
          priority: request.urgency,
          // The machine's initial state: the workflow refuses any other on creation.
          state: 'nouvelle',
          requester: { name: request.name, email: request.email, phone: request.phone, organisation: spaceName },
        },
      });
      return { documentId: doc.documentId, reference, title: titleOf(request), description: `${request.description}${machine}` };
    });
    const s = STRINGS[request.locale];
    const link = trackingUrl(signRequestToken('tracking', created.documentId));
    const adminLink = `${apiUrl()}/admin/content-manager/collection-types/${UIDS.intervention}/${created.documentId}`;
    const technicians = (await technicianAddresses(strapi)).map((to) => ({
      to,
      subject: `Nouvelle demande d’aide ${created.reference} (${request.urgency}) : ${spaceName}`,
      text: `Une demande d’aide arrive du site.\n\nEspace : ${spaceName}\nUrgence : ${request.urgency}\nObjet : ${created.title}\n\n${created.description}\n\nLa traiter : ${adminLink}\n`,
    }));
    await sendNotices(
      strapi,
      [{ to: request.email, subject: s.helpMail.subject(created.reference), text: s.helpMail.body(request.name, created.reference, link) }, ...technicians],
      `intervention ${created.reference} (site)`,
    );
    return { reference: created.reference };
  },

  /** The request a tracking token names, as its requester may see it; null for a bad or expired link. */
  async track(token: unknown): Promise<TrackingView | null> {
    const documentId = verifyRequestToken(token, 'tracking');
    if (!documentId) return null;
    const doc = await strapi.documents(UIDS.intervention).findOne({ documentId, populate: { space: { fields: ['name'] }, log: true } });
    if (!doc) return null;
    return {
      reference: doc.reference ?? '',
      title: doc.title ?? '',
      state: doc.state ?? 'nouvelle',
      createdAt: String(doc.createdAt),
      space: doc.space?.name ?? null,
      // Only the entries the team marked for the requester, date and text: who wrote an entry and
      // the time spent are the team's business, and internal notes stay internal.
      log: (doc.log ?? []).filter((entry) => entry.visibleToRequester).map((entry) => ({ date: String(entry.date), text: entry.text ?? '' })),
    };
  },

  confirmationUrl: (locale: Locale) => siteUrls(siteUrl()).helpConfirmation(locale),
  formUrl: (locale: Locale) => siteUrls(siteUrl()).help(locale),
});
