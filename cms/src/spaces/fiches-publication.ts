import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, siteUrls, UIDS } from '@reseau-epn/platform';
import { siteUrl } from '../public-requests/settings';
import { fichesForSpace } from './fiches-for-space';
import { ficheMail, type PublicationKind } from './fiches-mail';
import { recipientsOf } from './fiches-match';

interface NotificationsQueue {
  queue(notices: readonly { to: string; subject: string; text: string }[], origin?: string): Promise<number[]>;
  deliverInBackground(ids: readonly number[]): void;
}

interface PublishedEntry {
  documentId: string;
  locale?: string | null;
  title?: string;
  slug?: string;
  summary?: string | null;
  systems?: unknown;
  software?: unknown;
}

/**
 * Runs `effect` once what the caller is writing is committed: a publication inside a workflow
 * transition (approval, the Publish button) commits with the transition, and one rolled back
 * mails nobody. Outside a transaction, the publication is already written.
 */
function afterCommit(strapi: Core.Strapi, effect: () => void): Promise<void> | void {
  if (!strapi.db.inTransaction()) return effect();
  // Joins the caller's transaction: its commit runs the callbacks registered here.
  return strapi.db.transaction(({ onCommit }) => onCommit(effect));
}

/**
 * When a fiche is published in French, the team members who opted in (`notifyFiches`) of the
 * spaces it concerns get one mail each: « Nouvelle fiche » the first time it reaches the site, «
 * Fiche mise à jour » when it was already there. A translation's publication alone mails nobody
 * (the mail is French and names the French page). Publications made by server code without a
 * request (the seed importer at first start, migrations) are not news to anyone and mail nobody.
 * Mail goes through the workflow's queue (retries, failures shown to Super Admins); nothing
 * here can fail the publication: errors are logged.
 */
export function mailFichePublications(strapi: Core.Strapi): void {
  const spaces = fichesForSpace({ strapi });

  async function send(kind: PublicationKind, fiche: PublishedEntry): Promise<void> {
    const concerned = await spaces.spacesFor(fiche);
    const recipients = recipientsOf(concerned);
    if (recipients.length === 0) return;
    const adminUrl = strapi.config.get<string>('admin.absoluteUrl');
    const spaceEditUrl = (documentId: string) => `${adminUrl}/content-manager/collection-types/${UIDS.espace}/${encodeURIComponent(documentId)}`;
    const page = { title: fiche.title ?? '', summary: fiche.summary, url: siteUrls(siteUrl()).fiche(DEFAULT_LOCALE, fiche.slug ?? '') };
    const queue = strapi.plugin('workflow').service('notifications') as NotificationsQueue;
    const ids = await queue.queue(
      recipients.map((recipient) => ficheMail(kind, page, recipient, spaceEditUrl)),
      `${UIDS.fiche} ${fiche.documentId} : fiches pour les espaces`,
    );
    queue.deliverInBackground(ids);
  }

  const report = (documentId: string) => (error: Error) =>
    strapi.log.error(`[spaces] the mails for fiche ${documentId} to the teams of its spaces were not sent: ${error.message}`);

  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== UIDS.fiche || ctx.action !== 'publish' || !strapi.requestContext.get()) return next();
    const documentId = (ctx.params as { documentId?: string }).documentId;
    let wasPublished: boolean | null = null;
    try {
      const published = await strapi.db
        .query(UIDS.fiche)
        .findOne({ where: { documentId, locale: DEFAULT_LOCALE, publishedAt: { $notNull: true } }, select: ['id'] });
      wasPublished = Boolean(published);
    } catch (error) {
      if (documentId) report(documentId)(error as Error);
    }
    const result = await next();
    const entries = ((result as { entries?: PublishedEntry[] } | null)?.entries ?? []) as PublishedEntry[];
    const french = entries.find((entry) => (entry.locale ?? DEFAULT_LOCALE) === DEFAULT_LOCALE);
    if (!french || wasPublished === null) return result;
    try {
      await afterCommit(strapi, () => void send(wasPublished ? 'update' : 'new', french).catch(report(french.documentId)));
    } catch (error) {
      report(french.documentId)(error as Error);
    }
    return result;
  });
}
