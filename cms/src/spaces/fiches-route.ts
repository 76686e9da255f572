import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_LOCALE, isLocale, siteUrls, UIDS, type Locale } from '@reseau-epn/platform';
import { siteUrl } from '../public-requests/settings';
import { checkerFor, fieldError, refusal, registerAdminRoutes, type AdminHandler } from '../utils/admin-route';
import { FICHES_FOR_SPACE_PATH, type FicheForSpace, type FichesForSpaceResponse } from './fiches-contract';
import { fichesForSpace } from './fiches-for-space';

type PopulateBuilder = (uid: UID.ContentType) => { populateFromQuery(query: object): { build(): Promise<object> } };

/** The read right on this very space, as the Content Manager's edit view decides it (its conditions included). */
async function assertCanReadSpace(strapi: Core.Strapi, userAbility: unknown, documentId: string): Promise<void> {
  const checker = checkerFor(strapi, userAbility, UIDS.espace);
  const refuse = () => refusal('Vous n’avez pas accès à cet espace.');
  if (!checker.can.read()) throw refuse();
  const query = await checker.sanitizedQuery.read({});
  const populate = await (strapi.plugin('content-manager').service('populate-builder') as PopulateBuilder)(UIDS.espace).populateFromQuery(query).build();
  const space = await strapi.db.query(UIDS.espace).findOne({ where: { documentId, publishedAt: null }, populate });
  if (!space) throw new errors.NotFoundError(`Aucun espace ${documentId}.`);
  if (!checker.can.read(space)) throw refuse();
}

/** Of these fiches, the ones the caller may open in the Content Manager (its read conditions, as its list view). */
async function readableFiches(strapi: Core.Strapi, userAbility: unknown, documentIds: string[], locale: Locale): Promise<Set<string>> {
  const checker = checkerFor(strapi, userAbility, UIDS.fiche);
  if (documentIds.length === 0 || !checker.can.read()) return new Set();
  const { filters } = await checker.sanitizedQuery.read({});
  const found = await strapi.documents(UIDS.fiche).findMany({
    locale,
    status: 'draft',
    fields: ['documentId'],
    filters: { $and: [filters ?? {}, { documentId: { $in: documentIds } }] },
  });
  return new Set(found.map((fiche) => fiche.documentId));
}

/**
 * GET /fiches-for-space/:documentId?locale=fr — the published fiches that concern a space, for
 * whoever may read that space in the Content Manager (403 otherwise, 404 for no such space). Only
 * what the site shows of a fiche is returned, with an edit link where the caller may follow it.
 */
export function registerFichesForSpaceRoute(strapi: Core.Strapi): void {
  const service = fichesForSpace({ strapi });
  const site = () => siteUrls(siteUrl());

  const handler: AdminHandler = async (ctx) => {
    const documentId = String(ctx.params.documentId ?? '');
    const locale = ctx.query.locale ?? DEFAULT_LOCALE;
    if (!isLocale(locale)) throw fieldError('locale', 'une langue du réseau (fr, br ou en).');
    await assertCanReadSpace(strapi, ctx.state.userAbility, documentId);
    const fiches = (await service.fichesFor(documentId, locale)) ?? [];
    const editable = await readableFiches(
      strapi,
      ctx.state.userAbility,
      fiches.map((fiche) => fiche.documentId),
      locale,
    );
    const data: FicheForSpace[] = fiches.map((fiche) => ({
      documentId: fiche.documentId,
      title: fiche.title,
      summary: fiche.summary ?? null,
      siteUrl: site().fiche(locale, fiche.slug),
      editPath: editable.has(fiche.documentId)
        ? `/content-manager/collection-types/${UIDS.fiche}/${encodeURIComponent(fiche.documentId)}?plugins[i18n][locale]=${locale}`
        : null,
    }));
    ctx.body = { data } satisfies FichesForSpaceResponse;
  };

  registerAdminRoutes(strapi, FICHES_FOR_SPACE_PATH, [{ method: 'GET', path: '/:documentId', handler }]);
}
