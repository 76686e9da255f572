import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, UIDS, type Locale } from '@reseau-epn/platform';
import { fichesConcerning, spacesConcerned, type SpaceRow } from './fiches-match';

/** A published fiche as the team's list shows it: public fields only, as on the site. */
export interface ListedFiche {
  documentId: string;
  locale: string;
  title: string;
  slug: string;
  summary: string | null;
  systems: unknown;
  software: unknown;
}

const FICHE_FIELDS = ['documentId', 'locale', 'title', 'slug', 'summary', 'systems', 'software'] as const;

/**
 * The knowledge base meets the inventory: for a space, the published fiches that concern it; for
 * a fiche, the spaces it concerns. Spaces are read as their draft (what the team keeps current:
 * inventory and team are network-only, edited without waiting for a publication), machines
 * included; the rule itself is the platform's matcher (fiches-match.ts).
 */
export const fichesForSpace = ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * Every space of the network, once each. The query engine rather than the Document Service:
   * it reads the drafts of every locale at once (a space may lack a French version), and the
   * inventory and team are not localized, so any locale's row holds them.
   */
  async function network(): Promise<SpaceRow[]> {
    const rows = (await strapi.db.query(UIDS.espace).findMany({
      where: { publishedAt: null },
      select: ['documentId', 'locale', 'name', 'operatingSystems', 'installedSoftware'],
      populate: {
        machines: { select: ['operatingSystem'] },
        team: { populate: { member: { select: ['email', 'firstname', 'isActive', 'blocked'] } } },
      },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    })) as (SpaceRow & { locale: string | null })[];
    const byDocument = new Map<string, SpaceRow>();
    for (const row of rows) {
      if (!byDocument.has(row.documentId) || row.locale === DEFAULT_LOCALE) byDocument.set(row.documentId, row);
    }
    return [...byDocument.values()];
  }

  return {
    network,

    /** The published fiches (in `locale`) that concern the space, by title; null when there is no such space. */
    async fichesFor(spaceDocumentId: string, locale: Locale = DEFAULT_LOCALE): Promise<ListedFiche[] | null> {
      const spaces = await network();
      const space = spaces.find((candidate) => candidate.documentId === spaceDocumentId);
      if (!space) return null;
      const fiches = (await strapi.documents(UIDS.fiche).findMany({
        status: 'published',
        locale,
        fields: [...FICHE_FIELDS],
        sort: [{ title: 'asc' }],
      })) as unknown as ListedFiche[];
      return fichesConcerning(space, fiches, spaces);
    },

    /** The spaces a fiche concerns (with their teams), given what the fiche is about. */
    async spacesFor(fiche: { systems?: unknown; software?: unknown }): Promise<SpaceRow[]> {
      return spacesConcerned(fiche, await network());
    },
  };
};

export type FichesForSpaceService = ReturnType<typeof fichesForSpace>;
