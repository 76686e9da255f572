import type { Core } from '@strapi/strapi';

/** Content locales: French first (the default), then Breton and English. */
export const LOCALES = [
  { code: 'fr', name: 'Français (fr)' },
  { code: 'br', name: 'Brezhoneg (br)' },
  { code: 'en', name: 'English (en)' },
] as const;

/**
 * Creates the missing locales. French becomes the default only when it is created here, so
 * that an administrator's later choice of default survives restarts.
 */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const { code, name } of LOCALES) {
    if (await locales.findByCode(code)) continue;
    await locales.create({ code, name });
    if (code === 'fr') await locales.setDefaultLocale({ code });
    strapi.log.info(`[locales] created ${name}`);
  }
}
