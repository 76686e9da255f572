/**
 * What « Matériel à emprunter » shows: the snapshot's catalogue (the CMS's public catalogue route,
 * busy dates only) grouped by communauté de communes, then lending point. Busy ranges already
 * over at build time are left out.
 */
import type { CatalogueItem } from '@reseau-epn/platform';
import { loadSource } from '../../lib/cms-source';
import type { Locale } from '../../lib/i18n';
import { intercommunalityLabel } from '../../lib/spaces';

export interface LendingPointGroup {
  name: string | null;
  commune: string | null;
  slug: string | null;
  items: CatalogueItem[];
}

export interface IntercommunalityGroup {
  key: string;
  label: string;
  points: LendingPointGroup[];
}

/** The catalogue as the build read it; none from a snapshot made before the catalogue. */
export async function getCatalogue(today: string): Promise<CatalogueItem[]> {
  const items = (await loadSource()).catalogue ?? [];
  return items.map((item) => ({ ...item, busy: item.busy.filter((range) => range.endDate >= today) }));
}

const collator = new Intl.Collator('fr');
const NO_INTERCOMMUNALITY = '';

export function groupCatalogue(locale: Locale, items: CatalogueItem[]): IntercommunalityGroup[] {
  const groups = new Map<string, Map<string, LendingPointGroup>>();
  for (const item of items) {
    const key = item.lendingPoint?.intercommunality ?? NO_INTERCOMMUNALITY;
    const points = groups.get(key) ?? new Map<string, LendingPointGroup>();
    groups.set(key, points);
    const pointKey = item.lendingPoint?.documentId ?? '';
    const point = points.get(pointKey) ?? {
      name: item.lendingPoint?.name ?? null,
      commune: item.lendingPoint?.commune ?? null,
      slug: item.lendingPoint?.slug ?? null,
      items: [],
    };
    points.set(pointKey, point);
    point.items.push(item);
  }
  return [...groups.entries()]
    .map(([key, points]) => ({
      key,
      label: key === NO_INTERCOMMUNALITY ? '' : intercommunalityLabel(locale, key),
      points: [...points.values()].sort((a, b) => collator.compare(a.name ?? '\uffff', b.name ?? '\uffff')),
    }))
    .sort((a, b) => collator.compare(a.label || '\uffff', b.label || '\uffff'));
}
