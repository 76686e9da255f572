import { LANGUAGES, type Language } from '../../shared/contracts';

export { PERMISSIONS, PLUGIN_ID } from '../../shared/permissions';

/** The letter's languages in the order the page offers them: French first. */
export const LETTER_LANGUAGES: readonly Language[] = LANGUAGES;
