/**
 * The search documents of a snapshot, straight from its raw entries (the site's build reads them
 * through lib/content, inside Astro's build; the benchmark's other engines need them without it). French
 * only: the comparison is on the French corpus.
 */
import type { RawEntry, Snapshot } from '../../../site/src/lib/cms-source';
import {
  eventDocument,
  ficheDocument,
  spaceDocument,
  type EventData,
  type FicheData,
  type SearchDocument,
  type SpaceData,
} from '../../../site/src/lib/search/documents';

const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
const term = (value: unknown) => (value ? { name: String((value as { name: string }).name) } : null);

export function frenchDocuments(snapshot: Snapshot, now: string): SearchDocument[] {
  const c = snapshot.collections;
  const fiche = (raw: RawEntry): FicheData => ({
    title: String(raw.title),
    summary: (raw.summary as string) ?? null,
    body: String(raw.body ?? ''),
    locale: 'fr',
    category: term(raw.category),
    tags: ((raw.tags as unknown[]) ?? []).map((t) => term(t)!),
    systems: list(raw.systems),
    software: list(raw.software),
    hardware: list(raw.hardware),
  });
  const event = (raw: RawEntry, kind: 'atelier' | 'formation'): EventData => ({
    kind,
    title: String(raw.title),
    description: String(raw.description ?? ''),
    locale: 'fr',
    place: (raw.place as { name: string; commune: string }) ?? null,
    audience: String(raw.audience),
    level: String(raw.level),
    facilitators: (raw.facilitators as string) ?? null,
    category: term(raw.category),
  });
  const space = (raw: RawEntry): SpaceData => ({
    name: String(raw.name),
    summary: (raw.summary as string) ?? null,
    description: (raw.description as string) ?? null,
    locale: 'fr',
    commune: String(raw.commune),
    postalCode: String(raw.postalCode),
    services: list(raw.services),
    publics: list(raw.publics),
    operatingSystems: list(raw.operatingSystems),
    installedSoftware: list(raw.installedSoftware),
  });
  return [
    ...c.fiches.fr.map((raw) => ficheDocument(fiche(raw), `/fiches/${raw.slug}/`)),
    ...[...c.ateliers.fr.map((raw) => [raw, 'atelier'] as const), ...c.formations.fr.map((raw) => [raw, 'formation'] as const)]
      .filter(([raw]) => String(raw.endsAt) >= now)
      .map(([raw, kind]) => eventDocument(event(raw, kind), `/calendrier/${kind}s/${raw.slug}/`, String(raw.startsAt).slice(0, 10))),
    ...c.espaces.fr.map((raw) => spaceDocument(space(raw), `/espaces/${raw.slug}/`)),
  ];
}
