import type { RawEntry } from '@reseau-epn/platform';

const pickTerm = (value: unknown) => {
  const t = value as { documentId: string; name: string; slug: string } | null | undefined;
  return t ? { documentId: t.documentId, name: t.name, slug: t.slug } : null;
};
const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
const flag = (value: unknown) => (typeof value === 'boolean' ? value : null);

/** The structured accessibility of a place: a feature the space has not filled in is unknown (null), not absent. */
export const ACCESS_FEATURES = ['stepFree', 'adaptedToilets', 'hearingLoop', 'adaptedWorkstation', 'disabledParking'] as const;
const accessFeatures = (value: unknown) => {
  const features = (value ?? {}) as Record<string, unknown>;
  return Object.fromEntries(ACCESS_FEATURES.map((name) => [name, flag(features[name])]));
};

/** From the REST shape to the collection's shape: every page reads these, never raw API data. */
export const normalize: Record<string, (raw: RawEntry) => Record<string, unknown>> = {
  fiches: (raw) => ({
    ...raw,
    summary: raw.summary ?? null,
    body: raw.body ?? '',
    systems: strings(raw.systems),
    software: strings(raw.software),
    hardware: strings(raw.hardware),
    category: pickTerm(raw.category),
    tags: ((raw.tags as unknown[]) ?? []).map(pickTerm),
    related: ((raw.relatedFiches as { documentId: string }[]) ?? []).map((f) => f.documentId),
    attachments: ((raw.attachments as Record<string, unknown>[]) ?? []).map((a) => ({
      url: a.url,
      name: a.name,
      mime: a.mime,
      size: a.size,
      alt: a.alternativeText ?? null,
    })),
  }),
  categories: (raw) => ({ ...raw, description: raw.description ?? null }),
  etiquettes: (raw) => raw,
  synonymes: (raw) => ({ ...raw, note: raw.note ?? null }),
  espaces: (raw) => ({
    ...raw,
    latitude: raw.latitude === null || raw.latitude === undefined ? null : Number(raw.latitude),
    longitude: raw.longitude === null || raw.longitude === undefined ? null : Number(raw.longitude),
    ...Object.fromEntries(
      ['operatingSystems', 'installedSoftware', 'services', 'publics', 'specificSupport', 'accessModes', 'supportModes', 'fees', 'labels', 'usages'].map(
        (k) => [k, strings(raw[k])],
      ),
    ),
    accessFeatures: accessFeatures(raw.accessFeatures),
    publicWifi: flag(raw.publicWifi),
    lastUpdated: raw.lastUpdated ?? null,
  }),
  ateliers: (raw) => event(raw, 'atelier'),
  formations: (raw) => event(raw, 'formation'),
  'parcours-formations': (raw) => ({ ...raw, summary: raw.summary ?? null, description: raw.description ?? '', formations: documentIds(raw.formations) }),
};

const coordinate = (value: unknown) => (value === null || value === undefined || value === '' ? null : Number(value));

/** A « hors-les-murs » venue (snapshots taken before issue 15's series have none). */
function venueOf(value: unknown) {
  const venue = value as Record<string, unknown> | null | undefined;
  if (!venue) return null;
  return {
    name: venue.name,
    address: venue.address || null,
    postalCode: venue.postalCode || null,
    commune: venue.commune,
    latitude: coordinate(venue.latitude),
    longitude: coordinate(venue.longitude),
  };
}

/** documentIds of a populated relation, in its order (absent from snapshots taken before training paths). */
const documentIds = (value: unknown) => ((value as { documentId: string }[] | undefined) ?? []).map((item) => item.documentId);

function event(raw: RawEntry, kind: 'atelier' | 'formation') {
  const place = raw.place as Record<string, string> | null;
  return {
    ...raw,
    kind,
    description: raw.description ?? '',
    place: place
      ? { documentId: place.documentId, slug: place.slug, name: place.name, commune: place.commune, address: place.address, postalCode: place.postalCode }
      : null,
    venue: venueOf(raw.venue),
    sessions: ((raw.sessions as Record<string, unknown>[] | undefined) ?? [])
      .map((s) => ({ day: s.day, startsAt: s.startsAt, endsAt: s.endsAt, cancelled: s.cancelled === true, note: s.note || null }))
      .sort((a, b) => String(a.startsAt).localeCompare(String(b.startsAt))),
    facilitators: raw.facilitators || null,
    // Only the members' names: facilitatorMembers (admin users) never reach the snapshot.
    facilitatorNames: typeof raw.facilitatorNames === 'string' && raw.facilitatorNames.trim() !== '' ? raw.facilitatorNames : null,
    category: pickTerm(raw.category),
    // Snapshots taken before registrations (issue 15) lack these: closed, the CMS's default limit, no count.
    registrationsOpen: raw.registrationsOpen === true,
    registrationLimit: typeof raw.registrationLimit === 'number' ? raw.registrationLimit : 4,
    registrationClosesAt: typeof raw.registrationClosesAt === 'string' ? raw.registrationClosesAt : null,
    seatsLeft: typeof raw.seatsLeft === 'number' ? raw.seatsLeft : null,
    prerequisites: documentIds(raw.prerequisites),
    fiches: documentIds(raw.fiches),
  };
}
