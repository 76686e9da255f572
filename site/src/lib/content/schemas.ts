/**
 * The shape of each collection the site's pages read (lib/content/store.ts): what the CMS's
 * snapshot gives, normalized (lib/normalize.ts), then validated here. zod keeps only the fields
 * named, so a field the public API should never have sent cannot reach a page.
 */
import { z } from 'astro/zod';
import { LOCALES } from '@reseau-epn/platform';

/** A taxonomy term as it is embedded in fiches and events. */
const term = z.object({
  documentId: z.string(),
  /** Display name in the entry's locale. */
  name: z.string(),
  slug: z.string(),
});

/** Fields every localized entry carries. */
const localized = {
  /** The CMS document: the same across locales, it links translations together. */
  documentId: z.string(),
  /** fr, br or en. */
  locale: z.enum(LOCALES),
  slug: z.string(),
  /** Last change, ISO datetime. */
  updatedAt: z.string(),
};

export const fiche = z.object({
  ...localized,
  title: z.string(),
  /** One or two sentences shown in lists and search results. */
  summary: z.string().nullable(),
  /** Markdown source; its sanitized HTML and headings: renderedOf(entry) (lib/content/store.ts). */
  body: z.string(),
  difficulty: z.enum(['debutant', 'intermediaire', 'avance']),
  systems: z.array(z.string()),
  software: z.array(z.string()),
  hardware: z.array(z.string()),
  category: term.nullable(),
  tags: z.array(term),
  /** documentIds of related fiches. */
  related: z.array(z.string()),
  attachments: z.array(z.object({ url: z.string(), name: z.string(), mime: z.string(), size: z.number(), alt: z.string().nullable() })),
});

export const categorie = z.object({ ...localized, name: z.string(), description: z.string().nullable() });
export const etiquette = z.object({ ...localized, name: z.string() });

/** One group of the search's synonyms (the CMS's « Synonymes de recherche »), in one language. */
export const synonyme = z.object({
  documentId: z.string(),
  locale: z.enum(LOCALES),
  /** The group's words or phrases, separated by commas: « ordi, ordinateur, PC, poste ». */
  words: z.string(),
  /** Why the group exists, for the network's editors; not shown on the site. */
  note: z.string().nullable(),
});

const list = z.array(z.string());
export const espace = z.object({
  ...localized,
  name: z.string(),
  /** epn, papi, cybercommune, mediatheque, mjc_centre_social, mission_locale, autre. */
  type: z.string(),
  siret: z.string().nullable(),
  summary: z.string().nullable(),
  description: z.string().nullable(),
  address: z.string(),
  addressComplement: z.string().nullable(),
  postalCode: z.string(),
  commune: z.string(),
  inseeCode: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  /** OSM opening_hours syntax. */
  openingHours: z.string().nullable(),
  phone: z.string().nullable(),
  /** The space's public contact address (not its referent's). */
  email: z.string().nullable(),
  website: z.string().nullable(),
  publicWorkstations: z.number().nullable(),
  operatingSystems: list,
  installedSoftware: list,
  /** ANCT vocabularies, exact labels. */
  services: list,
  publics: list,
  specificSupport: list,
  accessModes: list,
  supportModes: list,
  fees: list,
  accessibility: z.string().nullable(),
  accessibilityUrl: z.string().nullable(),
  /** What the place offers disabled visitors: each true, false, or null when the space has not said. */
  accessFeatures: z.object({
    /** Entrance without steps, or with a ramp. */
    stepFree: z.boolean().nullable(),
    /** Toilets a wheelchair user can use. */
    adaptedToilets: z.boolean().nullable(),
    /** A hearing loop at the reception or in the room. */
    hearingLoop: z.boolean().nullable(),
    /** A workstation adapted to a disability (adjustable table, adapted keyboard or screen reader). */
    adaptedWorkstation: z.boolean().nullable(),
    /** A reserved parking space nearby. */
    disabledParking: z.boolean().nullable(),
  }),
  /** Wi-Fi open to visitors: null when the space has not said. */
  publicWifi: z.boolean().nullable(),
  /** Labels and networks the space belongs to (France Services, Aidants Connect…), as the team writes them (French). */
  labels: list,
  /** Uses the space has developed (the seeds' « usages développés »), as the team writes them (French). */
  usages: list,
  /** The communauté de communes (key). */
  intercommunality: z.string(),
  /** Date the space's information was last checked (YYYY-MM-DD): set on every save by its team. */
  lastUpdated: z.string().nullable(),
});

export const evenement = z.object({
  ...localized,
  kind: z.enum(['atelier', 'formation']),
  title: z.string(),
  description: z.string(),
  /** ISO datetimes (UTC); shown in Europe/Paris. */
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.object({ documentId: z.string(), slug: z.string(), name: z.string(), commune: z.string(), address: z.string(), postalCode: z.string() }).nullable(),
  /** A « hors-les-murs » address (a village hall, a market), exclusive with `place`; coordinates put it on a map. */
  venue: z
    .object({
      name: z.string(),
      address: z.string().nullable(),
      postalCode: z.string().nullable(),
      commune: z.string(),
      latitude: z.number().nullable(),
      longitude: z.number().nullable(),
    })
    .nullable(),
  /** The dated sessions of a series, by start; empty for a one-off event. The event's own start and end span the live ones. */
  sessions: z.array(
    z.object({
      /** YYYY-MM-DD (Paris): the session's key, in its anchor and its VEVENT's UID. */
      day: z.string(),
      /** ISO datetimes (UTC). */
      startsAt: z.string(),
      endsAt: z.string(),
      cancelled: z.boolean(),
      /** A word about this session alone (« salle 2 », « apportez votre tablette »). */
      note: z.string().nullable(),
    }),
  ),
  /** Free text: facilitators who are not network members. */
  facilitators: z.string().nullable(),
  /** The names of the network members who facilitate (derived by the CMS from admin users; never their emails). */
  facilitatorNames: z.string().nullable(),
  audience: z.string(),
  level: z.string(),
  capacity: z.number().nullable(),
  registration: z.string().nullable(),
  /** prevu, complet or annule. */
  eventStatus: z.enum(['prevu', 'complet', 'annule']),
  category: term.nullable(),
  /** Whether people register through the site's form (false: only the free text above, if any). */
  registrationsOpen: z.boolean(),
  /** The most places one registration may ask for (the CMS's default is 4). */
  registrationLimit: z.number().int().min(1),
  /** ISO datetime after which the form is closed; null: it closes when the event starts. */
  registrationClosesAt: z.string().nullable(),
  /** Places left as the CMS counts them from the confirmed registrations; null when the event has no capacity. */
  seatsLeft: z.number().int().min(0).nullable(),
  /** A formation's prerequisites (documentIds of formations to attend first); empty for an atelier. */
  prerequisites: z.array(z.string()),
  /** documentIds of the fiches that support a formation; empty for an atelier. */
  fiches: z.array(z.string()),
});

/** A training path (« parcours »): formations in the order to follow them. */
export const parcours = z.object({
  ...localized,
  title: z.string(),
  summary: z.string().nullable(),
  /** Markdown source; rendered like a fiche's body (renderedOf). */
  description: z.string(),
  /** documentIds of its formations, in the path's order. */
  formations: z.array(z.string()),
});

/** A fiche's published versions and former slugs (revisions plugin), keyed `<locale>/<documentId>`. */
export const historique = z.object({
  documentId: z.string(),
  locale: z.enum(LOCALES),
  /** Edit summaries are private: the CMS no longer publishes them (older snapshots may carry one). */
  versions: z.array(z.object({ publishedAt: z.string(), authorName: z.string(), summary: z.string().nullish() })),
  /** Addresses the fiche had before: the site redirects them. */
  formerSlugs: z.array(z.string()),
});

/** An archived issue of the weekly letter: its web version is the email's own HTML. */
export const lettre = z.object({
  documentId: z.string(),
  title: z.string(),
  /** The language the issue was written in: fr, br or en. */
  language: z.enum(LOCALES),
  periodStart: z.string(),
  periodEnd: z.string(),
  sentAt: z.string(),
  /** Full HTML document, without any reader's personal links. */
  html: z.string(),
  text: z.string(),
});
