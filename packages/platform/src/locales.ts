/** The network's languages: French first (the source), then Breton and English. */
export const LOCALES = ['fr', 'br', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'fr';

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** BCP 47 tags for lang attributes, dates and plurals: Breton as written in France. */
export const LANG_TAGS: Record<Locale, string> = { fr: 'fr-FR', br: 'br-FR', en: 'en-GB' };
