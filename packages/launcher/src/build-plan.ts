import type { UID } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

/** Content types whose publication changes the public site. */
export const PUBLIC_TYPES: ReadonlySet<string> = new Set<UID.ContentType>([
  UIDS.fiche,
  UIDS.categorie,
  UIDS.etiquette,
  UIDS.espace,
  UIDS.atelier,
  UIDS.formation,
  UIDS.parcours,
  UIDS.synonyme,
]);

/**
 * Shared things: a change here reaches most pages (a category's name on every fiche of it and in
 * the menus, the search's synonyms in every language's index), so the site is rebuilt whole
 * rather than trusting each page's hash to have seen it.
 */
const SHARED_TYPES: ReadonlySet<string> = new Set<UID.ContentType>([UIDS.categorie, UIDS.etiquette, UIDS.synonyme]);

/**
 * What the next build must be, from what changed since the last one. A full build when there is
 * no previous build this process made (the site's code may have changed since the live one),
 * after a change of shared things, or after an incremental build failed; otherwise incremental:
 * only the pages whose data changed are rendered (site/src/lib/build-scope.ts).
 */
export class BuildPlan {
  private full = true;

  /** A publication of `uid` (a content type), or null for a change without one (forum, seats). */
  changed(uid: string | null): void {
    if (uid && SHARED_TYPES.has(uid)) this.full = true;
  }

  /** Something went wrong or is unknown: the next build is a full one. */
  doubt(): void {
    this.full = true;
  }

  /** Whether the next build is incremental; call when it starts (what changes after goes to the one after). */
  take(): 'full' | 'incremental' {
    const kind = this.full ? 'full' : 'incremental';
    this.full = false;
    return kind;
  }
}
