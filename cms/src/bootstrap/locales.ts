import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@reseau-epn/platform';

/** How each content locale is named in the admin's language menu. */
const LOCALE_NAMES: Record<Locale, string> = {
  fr: 'Français (fr)',
  br: 'Brezhoneg (br)',
  en: 'English (en)',
};

/**
 * Creates the missing locales, French first. French becomes the default only when it is
 * created here, so that an administrator's later choice of default survives restarts.
 */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  for (const code of LOCALES) {
    if (await locales.findByCode(code)) continue;
    await locales.create({ code, name: LOCALE_NAMES[code] });
    if (code === DEFAULT_LOCALE) await locales.setDefaultLocale({ code });
    strapi.log.info(`[locales] created ${LOCALE_NAMES[code]}`);
  }
}
