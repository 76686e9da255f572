/**
 * Publications applied to a snapshot, as the CMS would export it after them: the incremental
 * build's test and benchmark build the changed snapshot both ways and compare.
 */
import type { RawEntry, Snapshot } from '@reseau-epn/platform';

export type SnapshotChange = 'edit-fiche' | 'new-fiche' | 'unpublish-fiche' | 'rename-fiche' | 'edit-event' | 'edit-space';

type Entries = Record<string, RawEntry[]>;

const collection = (snapshot: Snapshot, name: string) => (snapshot.collections as unknown as Record<string, Entries>)[name]!;

/** The first fiche translated into another language than French: its edit touches every language. */
function translatedFiche(snapshot: Snapshot): string {
  const fiches = collection(snapshot, 'fiches');
  return String(fiches.br?.[0]?.documentId ?? fiches.fr![0]!.documentId);
}

function stamp(entry: RawEntry, suffix: string): RawEntry {
  return { ...entry, updatedAt: '2026-11-25T10:00:00.000Z', publishedAt: '2026-11-25T10:00:00.000Z', title: `${String(entry.title)} ${suffix}` };
}

/** `snapshot` after `changes`, each on its own entry; the input is left as it was. */
export function applyChanges(snapshot: Snapshot, changes: SnapshotChange[]): Snapshot {
  const next = structuredClone(snapshot);
  const fiches = collection(next, 'fiches');
  const edited = translatedFiche(next);
  const others = fiches.fr!.filter((f) => f.documentId !== edited);
  for (const change of changes) {
    if (change === 'edit-fiche') {
      for (const locale of Object.keys(fiches)) fiches[locale] = fiches[locale]!.map((f) => (f.documentId === edited ? stamp(f, '(mise à jour)') : f));
    } else if (change === 'new-fiche') {
      const model = others[0]!;
      fiches.fr!.push({ ...stamp(model, 'bis'), id: 999_999, documentId: 'nouvellefichedetestxxxxx', slug: `${String(model.slug)}-bis`, related: [] });
    } else if (change === 'unpublish-fiche') {
      const gone = others[1]!.documentId;
      for (const locale of Object.keys(fiches)) fiches[locale] = fiches[locale]!.filter((f) => f.documentId !== gone);
    } else if (change === 'rename-fiche') {
      const renamed = others[2]!;
      const slug = `${String(renamed.slug)}-renommee`;
      fiches.fr = fiches.fr!.map((f) => (f.documentId === renamed.documentId ? { ...f, slug } : f));
      const history = next.histories?.find((h) => h.documentId === renamed.documentId && h.locale === 'fr');
      if (history) history.formerSlugs = [...history.formerSlugs, String(renamed.slug)];
    } else if (change === 'edit-event') {
      const ateliers = collection(next, 'ateliers');
      ateliers.fr = ateliers.fr!.map((e, i) => (i === 0 ? stamp(e, '(nouvel horaire)') : e));
    } else {
      const spaces = collection(next, 'espaces');
      spaces.fr = spaces.fr!.map((s, i) => (i === 0 ? { ...s, name: `${String(s.name)} (rénové)`, updatedAt: '2026-11-25T10:00:00.000Z' } : s));
    }
  }
  return next;
}
